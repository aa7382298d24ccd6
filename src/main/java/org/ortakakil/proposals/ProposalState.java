package org.ortakakil.proposals;

/**
 * The life cycle of a proposal: a draft only its authors see; published; under evaluation once it
 * qualified or an evaluator took it; accepted or rejected when the answer is published; withdrawn by its
 * author. Administrators may add states of their own, shown with their label and colour beside these.
 */
public enum ProposalState { DRAFT, PUBLISHED, EVALUATING, ACCEPTED, REJECTED, WITHDRAWN }
