package org.ortakakil.meetings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.internal.Minutes;

/**
 * The minutes form as typed: the text per language, the attendance counted, rows of attendance by
 * organisation and rows of decisions. Blank rows are ignored, and a few are always offered.
 */
public class MinutesForm {

	/** Attendees of one organisation. */
	public static class AttendanceRow {
		private String organisation = "";
		private String attendees = "";

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public String getAttendees() {
			return attendees;
		}

		public void setAttendees(String attendees) {
			this.attendees = attendees;
		}
	}

	/** A decision: what, who is responsible, by when (ISO date) and the proposal it concerns. */
	public static class DecisionRow {
		private String decision = "";
		private String responsible = "";
		private String dueOn = "";
		private String proposalRef = "";

		public String getDecision() {
			return decision;
		}

		public void setDecision(String decision) {
			this.decision = decision;
		}

		public String getResponsible() {
			return responsible;
		}

		public void setResponsible(String responsible) {
			this.responsible = responsible;
		}

		public String getDueOn() {
			return dueOn;
		}

		public void setDueOn(String dueOn) {
			this.dueOn = dueOn;
		}

		public String getProposalRef() {
			return proposalRef;
		}

		public void setProposalRef(String proposalRef) {
			this.proposalRef = proposalRef;
		}
	}

	private Map<String, String> minutes = new LinkedHashMap<>();
	private String attendance = "";
	private List<AttendanceRow> organisations = new ArrayList<>();
	private List<DecisionRow> decisions = new ArrayList<>();

	/** The form of what is recorded so far, with blank rows to add more. */
	static MinutesForm of(MeetingView meeting, Map<String, Integer> attendance, List<Minutes.Decision> decisions) {
		MinutesForm form = new MinutesForm();
		if (meeting.minutes() != null) {
			form.minutes = new LinkedHashMap<>(meeting.minutes().values());
		}
		form.attendance = meeting.attendanceCount() == null ? "" : String.valueOf(meeting.attendanceCount());
		attendance.forEach((organisation, count) -> {
			AttendanceRow row = new AttendanceRow();
			row.organisation = organisation;
			row.attendees = String.valueOf(count);
			form.organisations.add(row);
		});
		decisions.forEach(d -> {
			DecisionRow row = new DecisionRow();
			row.decision = d.decision();
			row.responsible = d.responsible();
			row.dueOn = d.dueOn() == null ? "" : d.dueOn().toString();
			row.proposalRef = d.proposalRef() == null ? "" : d.proposalRef();
			form.decisions.add(row);
		});
		form.pad();
		return form;
	}

	void pad() {
		organisations.add(new AttendanceRow());
		while (organisations.size() < 3) {
			organisations.add(new AttendanceRow());
		}
		decisions.add(new DecisionRow());
		while (decisions.size() < 3) {
			decisions.add(new DecisionRow());
		}
	}

	Map<String, String> byOrganisation() {
		Map<String, String> rows = new LinkedHashMap<>();
		organisations.forEach(row -> rows.merge(row.organisation == null ? "" : row.organisation.strip(),
				row.attendees == null ? "" : row.attendees, (a, b) -> a.isBlank() ? b : a));
		return rows;
	}

	List<Minutes.DecisionDraft> decisionDrafts() {
		return decisions.stream()
			.map(d -> new Minutes.DecisionDraft(d.decision, d.responsible, d.dueOn, d.proposalRef)).toList();
	}

	public Map<String, String> getMinutes() {
		return minutes;
	}

	public void setMinutes(Map<String, String> minutes) {
		this.minutes = minutes;
	}

	public String getAttendance() {
		return attendance;
	}

	public void setAttendance(String attendance) {
		this.attendance = attendance;
	}

	public List<AttendanceRow> getOrganisations() {
		return organisations;
	}

	public void setOrganisations(List<AttendanceRow> organisations) {
		this.organisations = organisations;
	}

	public List<DecisionRow> getDecisions() {
		return decisions;
	}

	public void setDecisions(List<DecisionRow> decisions) {
		this.decisions = decisions;
	}
}
