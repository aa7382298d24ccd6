package org.ortakakil.spaces;

public enum MemberPosition { PRESIDENT, VICE_PRESIDENT, SECRETARY, MEMBER }
