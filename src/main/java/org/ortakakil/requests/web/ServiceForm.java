package org.ortakakil.requests.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.internal.CategoryDraft;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;

/**
 * The category form as posted: text as typed, so that what was refused is shown again as it was;
 * {@link #toDraft()} is where it is checked.
 */
class ServiceForm {

	private String code = "";
	private Map<String, String> name = new LinkedHashMap<>();
	private Map<String, String> description = new LinkedHashMap<>();
	private String group = ServiceGroup.OTHER.name();
	private String keywords = "";
	private boolean isPrivate;
	private boolean motorized;
	private boolean active = true;
	private String defaultUnit = "";
	private Map<String, String> targets = new LinkedHashMap<>();

	static ServiceForm of(ServiceCategoryView category) {
		ServiceForm form = new ServiceForm();
		form.code = category.code();
		form.name = new LinkedHashMap<>(category.name().values());
		form.description = category.description() == null ? new LinkedHashMap<>()
				: new LinkedHashMap<>(category.description().values());
		form.group = category.group().name();
		form.keywords = String.join(", ", category.keywords());
		form.isPrivate = category.isPrivate();
		form.motorized = category.motorized();
		form.active = category.active();
		form.defaultUnit = category.defaultUnit();
		category.targetHours().forEach((priority, hours) -> form.targets.put(priority.name(), String.valueOf(hours)));
		return form;
	}

	CategoryDraft toDraft() {
		Map<Priority, Integer> hours = new EnumMap<>(Priority.class);
		for (Priority priority : Priority.values()) {
			String typed = targets == null ? null : targets.get(priority.name());
			if (typed != null && !typed.isBlank()) {
				hours.put(priority, hours(typed));
			}
		}
		return new CategoryDraft(code == null ? "" : code.strip(), new LocalizedText(name), optional(description),
				ServiceGroup.parse(group), CategoryDraft.keywords(keywords), isPrivate, motorized, active,
				defaultUnit, hours);
	}

	private static int hours(String typed) {
		try {
			return Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("services.target-invalid");
		}
	}

	static LocalizedText optional(Map<String, String> fields) {
		String turkish = fields == null ? null : fields.get(LocalizedText.DEFAULT_LANGUAGE);
		return turkish == null || turkish.isBlank() ? null : new LocalizedText(fields);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Map<String, String> getName() {
		return name;
	}

	public void setName(Map<String, String> name) {
		this.name = name;
	}

	public Map<String, String> getDescription() {
		return description;
	}

	public void setDescription(Map<String, String> description) {
		this.description = description;
	}

	public String getGroup() {
		return group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public boolean isPrivate() {
		return isPrivate;
	}

	public void setPrivate(boolean isPrivate) {
		this.isPrivate = isPrivate;
	}

	public boolean isMotorized() {
		return motorized;
	}

	public void setMotorized(boolean motorized) {
		this.motorized = motorized;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public String getDefaultUnit() {
		return defaultUnit;
	}

	public void setDefaultUnit(String defaultUnit) {
		this.defaultUnit = defaultUnit;
	}

	public Map<String, String> getTargets() {
		return targets;
	}

	public void setTargets(Map<String, String> targets) {
		this.targets = targets;
	}
}
