package org.ortakakil.spaces;

/** What a person may do in one space, granted per space. */
public enum SpaceRole { ADMIN, MODERATOR, EVALUATOR, COLLABORATOR }
