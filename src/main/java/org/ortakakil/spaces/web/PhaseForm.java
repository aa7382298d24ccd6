package org.ortakakil.spaces.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.spaces.internal.PhaseDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** A phase as posted from the process administration page. */
class PhaseForm {

	private Map<String, String> title = new LinkedHashMap<>();
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	PhaseDraft toDraft() {
		return new PhaseDraft(LocalizedFields.of(title, false), null, startsOn, endsOn);
	}

	public Map<String, String> getTitle() {
		return title;
	}

	public void setTitle(Map<String, String> title) {
		this.title = title;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}
}
