package org.ortakakil.spaces;

/** A member of an assembly; {@code accountId} links to an account once accounts exist. */
public record MemberView(String name, MemberPosition position, Long accountId) {
}
