package org.ortakakil.budgeting;

/**
 * Which budgets a resident may vote in, besides the city-wide ones: their own district's (the default),
 * any one district's of their choice, or every budget.
 */
public enum VotingScope { OWN_DISTRICT, ANY_ONE_DISTRICT, ALL }
