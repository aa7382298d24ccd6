package org.ortakakil.spaces.internal;

import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.MemberPosition;
import org.springframework.data.relational.core.mapping.Table;

/** A member of an assembly, optionally linked to an account. */
@Table("space_member")
public record Member(String name, MemberPosition memberPosition, Long accountId) {

	public Member {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw DomainException.invalid("member.name-required");
		}
		if (memberPosition == null) {
			throw DomainException.invalid("member.position-required");
		}
		name = name.strip();
	}
}
