package org.ortakakil.meetings.internal;

import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.spaces.SpaceKind;
import org.springframework.stereotype.Component;

/**
 * Who may organise a meeting, as {@link Authorization} answers: the administrators of its space, the
 * coordinators of its district, and the muhtar of the neighbourhood that co-hosts it. Organisers plan,
 * check people in and write the minutes.
 */
@Component
public class MeetingAccess {

	private final Authorization authorization;

	MeetingAccess(Authorization authorization) {
		this.authorization = authorization;
	}

	/** May the account create a meeting in the space (for the district, if one is given)? */
	public boolean mayCreate(CurrentAccount account, SpaceKind kind, long spaceId, Integer districtId) {
		return authorization.may(account, Permission.ADMINISTER_SPACE, ResourceRef.of(kind.resourceType(), spaceId))
				|| districtId != null && authorization.may(account, Permission.COORDINATE_DISTRICT,
						ResourceRef.of("district", districtId));
	}

	public boolean mayOrganise(CurrentAccount account, MeetingView meeting) {
		if (account == null) {
			return false;
		}
		return mayCreate(account, meeting.spaceKind(), meeting.spaceId(), meeting.districtId())
				|| meeting.coHostNeighbourhood() != null && authorization.may(account,
						Permission.REPRESENT_NEIGHBOURHOOD, ResourceRef.of("neighbourhood", meeting.coHostNeighbourhood()));
	}

	/** As {@link #mayOrganise}, or FORBIDDEN {@code meetings.not-organiser}. */
	public void requireOrganiser(CurrentAccount account, MeetingView meeting) {
		if (!mayOrganise(account, meeting)) {
			throw DomainException.forbidden("meetings.not-organiser");
		}
	}

	/** Staff of a participation office, who register residents who are present. */
	public boolean mayAssist(CurrentAccount staff, String office) {
		return authorization.may(staff, Permission.ASSIST_RESIDENT, ResourceRef.of("office", office));
	}
}
