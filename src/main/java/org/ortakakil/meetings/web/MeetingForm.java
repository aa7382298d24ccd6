package org.ortakakil.meetings.web;

import static org.ortakakil.shared.TypedNumber.decimal;
import static org.ortakakil.shared.TypedNumber.integer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.meetings.internal.MeetingDraft;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;

/**
 * The organiser's meeting form, as typed: numbers, dates and times stay text so that a refused form is
 * shown again exactly as it was. Start and end are a date and a time of day in İstanbul.
 */
public class MeetingForm {

	/** A question to those who register, as typed. */
	public static class QuestionRow {
		private String text = "";
		private boolean required;

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}
	}

	private Map<String, String> title = new LinkedHashMap<>();
	private Map<String, String> description = new LinkedHashMap<>();
	private MeetingType type = MeetingType.IN_PERSON;
	private String address = "";
	private String place = "";
	private String lat = "";
	private String lon = "";
	private String district = "";
	private String neighbourhood = "";
	private String onlineUrl = "";
	private String startDate = "";
	private String startTime = "18:00";
	private String endDate = "";
	private String endTime = "20:00";
	private OrganiserKind organiserKind = OrganiserKind.SPACE;
	private String coHost = "";
	private boolean stepFree;
	private boolean signLanguage;
	private boolean childcare;
	private List<String> languages = new ArrayList<>(List.of("tr"));
	private boolean registrationOpen = true;
	private String capacity = "";
	private String reservedPlaces = "0";
	private List<QuestionRow> questions = new ArrayList<>();

	/** A blank form with room for three questions. */
	static MeetingForm blank() {
		MeetingForm form = new MeetingForm();
		form.padQuestions();
		return form;
	}

	/** The form of a meeting as stored; {@code placeSlug} names its place, if any. */
	static MeetingForm of(MeetingView meeting, String placeSlug) {
		MeetingForm form = new MeetingForm();
		form.title = new LinkedHashMap<>(meeting.title().values());
		form.description = meeting.description() == null ? new LinkedHashMap<>()
				: new LinkedHashMap<>(meeting.description().values());
		form.type = meeting.type();
		form.address = text(meeting.address());
		form.place = text(placeSlug);
		form.lat = meeting.lat() == null ? "" : String.valueOf(meeting.lat());
		form.lon = meeting.lon() == null ? "" : String.valueOf(meeting.lon());
		form.district = meeting.districtId() == null ? "" : String.valueOf(meeting.districtId());
		form.neighbourhood = meeting.neighbourhoodId() == null ? "" : String.valueOf(meeting.neighbourhoodId());
		form.onlineUrl = text(meeting.onlineUrl());
		ZonedDateTime start = meeting.startsAt().atZoneSameInstant(MeetingFinder.ISTANBUL);
		ZonedDateTime end = meeting.endsAt().atZoneSameInstant(MeetingFinder.ISTANBUL);
		form.startDate = start.toLocalDate().toString();
		form.startTime = start.toLocalTime().toString();
		form.endDate = end.toLocalDate().equals(start.toLocalDate()) ? "" : end.toLocalDate().toString();
		form.endTime = end.toLocalTime().toString();
		form.organiserKind = meeting.organiserKind();
		form.coHost = meeting.coHostNeighbourhood() == null ? "" : String.valueOf(meeting.coHostNeighbourhood());
		form.stepFree = meeting.stepFree();
		form.signLanguage = meeting.signLanguage();
		form.childcare = meeting.childcare();
		form.languages = new ArrayList<>(meeting.languages());
		form.registrationOpen = meeting.registrationOpen();
		form.capacity = meeting.capacity() == null ? "" : String.valueOf(meeting.capacity());
		form.reservedPlaces = String.valueOf(meeting.reservedPlaces());
		return form;
	}

	void padQuestions() {
		while (questions.size() < 3) {
			questions.add(new QuestionRow());
		}
	}

	/** The draft for the meeting service; {@code placeId} is the chosen place's id (or null). */
	MeetingDraft toDraft(SpaceKind kind, long spaceId, Long placeId) {
		OffsetDateTime startsAt = time(startDate, startTime, "meetings.page.start-invalid");
		OffsetDateTime endsAt = time(endDate.isBlank() ? startDate : endDate, endTime, "meetings.page.end-invalid");
		return new MeetingDraft(kind, spaceId, new LocalizedText(title),
				description.values().stream().allMatch(t -> t == null || t.isBlank()) ? null
						: new LocalizedText(description),
				type, address, decimal(lat, "meetings.page.point-invalid"), decimal(lon, "meetings.page.point-invalid"),
				placeId, integer(district, "meetings.page.number-invalid"),
				integer(neighbourhood, "meetings.page.number-invalid"), onlineUrl, startsAt, endsAt, organiserKind,
				integer(coHost, "meetings.page.number-invalid"), stepFree, signLanguage, childcare, languages,
				registrationOpen, integer(capacity, "meetings.page.capacity-invalid"),
				reservedPlaces.isBlank() ? 0 : integer(reservedPlaces, "meetings.page.reserved-invalid"),
				questions.stream().map(q -> new MeetingDraft.Question(q.getText(), q.isRequired())).toList());
	}

	private static OffsetDateTime time(String date, String time, String code) {
		if (date == null || date.isBlank() || time == null || time.isBlank()) {
			throw DomainException.invalid(code);
		}
		try {
			return LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(MeetingFinder.ISTANBUL)
				.toOffsetDateTime();
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid(code);
		}
	}


	private static String text(String value) {
		return value == null ? "" : value;
	}

	public Map<String, String> getTitle() {
		return title;
	}

	public void setTitle(Map<String, String> title) {
		this.title = title;
	}

	public Map<String, String> getDescription() {
		return description;
	}

	public void setDescription(Map<String, String> description) {
		this.description = description;
	}

	public MeetingType getType() {
		return type;
	}

	public void setType(MeetingType type) {
		this.type = type;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getLat() {
		return lat;
	}

	public void setLat(String lat) {
		this.lat = lat;
	}

	public String getLon() {
		return lon;
	}

	public void setLon(String lon) {
		this.lon = lon;
	}

	public String getDistrict() {
		return district;
	}

	public void setDistrict(String district) {
		this.district = district;
	}

	public String getNeighbourhood() {
		return neighbourhood;
	}

	public void setNeighbourhood(String neighbourhood) {
		this.neighbourhood = neighbourhood;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}

	public String getStartDate() {
		return startDate;
	}

	public void setStartDate(String startDate) {
		this.startDate = startDate;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndDate() {
		return endDate;
	}

	public void setEndDate(String endDate) {
		this.endDate = endDate;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public OrganiserKind getOrganiserKind() {
		return organiserKind;
	}

	public void setOrganiserKind(OrganiserKind organiserKind) {
		this.organiserKind = organiserKind;
	}

	public String getCoHost() {
		return coHost;
	}

	public void setCoHost(String coHost) {
		this.coHost = coHost;
	}

	public boolean isStepFree() {
		return stepFree;
	}

	public void setStepFree(boolean stepFree) {
		this.stepFree = stepFree;
	}

	public boolean isSignLanguage() {
		return signLanguage;
	}

	public void setSignLanguage(boolean signLanguage) {
		this.signLanguage = signLanguage;
	}

	public boolean isChildcare() {
		return childcare;
	}

	public void setChildcare(boolean childcare) {
		this.childcare = childcare;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public boolean isRegistrationOpen() {
		return registrationOpen;
	}

	public void setRegistrationOpen(boolean registrationOpen) {
		this.registrationOpen = registrationOpen;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public String getReservedPlaces() {
		return reservedPlaces;
	}

	public void setReservedPlaces(String reservedPlaces) {
		this.reservedPlaces = reservedPlaces;
	}

	public List<QuestionRow> getQuestions() {
		return questions;
	}

	public void setQuestions(List<QuestionRow> questions) {
		this.questions = questions;
	}
}
