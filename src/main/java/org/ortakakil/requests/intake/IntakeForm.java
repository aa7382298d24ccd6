package org.ortakakil.requests.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report form as typed, kept whole so a refused form comes back with everything in it. The answers
 * to the category's questions arrive as {@code attribute[CODE]} parameters (GeoReport's naming, several
 * for a multivaluelist); {@code channel} and the caller's details are only read from staff.
 */
public class IntakeForm {

	private String serviceCode = "";
	private String lat = "";
	private String lon = "";
	private Integer districtId;
	private Integer neighbourhoodId;
	private String address = "";
	private String description = "";
	private String email = "";
	private String channel = "";
	private String callerName = "";
	private String callerPhone = "";
	private Map<String, List<String>> answers = new LinkedHashMap<>();

	/** The answers given as {@code attribute[CODE]} (or {@code attribute[CODE][]}) parameters. */
	void readAnswers(Map<String, String[]> parameters) {
		answers = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith("attribute[") && name.indexOf(']') > 10) {
				String code = name.substring(10, name.indexOf(']'));
				answers.computeIfAbsent(code, c -> new java.util.ArrayList<>()).addAll(List.of(values));
			}
		});
	}

	/** The first answer to the question, or empty. */
	public String answer(String code) {
		List<String> values = answers.get(code);
		return values == null || values.isEmpty() ? "" : values.get(0);
	}

	/** Whether the list option is chosen. */
	public boolean chose(String code, String key) {
		return answers.getOrDefault(code, List.of()).contains(key);
	}

	public boolean hasPoint() {
		return !lat.isBlank() && !lon.isBlank();
	}

	public Map<String, List<String>> getAnswers() {
		return answers;
	}

	public String getServiceCode() {
		return serviceCode;
	}

	public void setServiceCode(String serviceCode) {
		this.serviceCode = text(serviceCode);
	}

	public String getLat() {
		return lat;
	}

	public void setLat(String lat) {
		this.lat = text(lat);
	}

	public String getLon() {
		return lon;
	}

	public void setLon(String lon) {
		this.lon = text(lon);
	}

	public Integer getDistrictId() {
		return districtId;
	}

	public void setDistrictId(Integer districtId) {
		this.districtId = districtId;
	}

	public Integer getNeighbourhoodId() {
		return neighbourhoodId;
	}

	public void setNeighbourhoodId(Integer neighbourhoodId) {
		this.neighbourhoodId = neighbourhoodId;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = text(address);
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = text(description);
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = text(email);
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = text(channel);
	}

	public String getCallerName() {
		return callerName;
	}

	public void setCallerName(String callerName) {
		this.callerName = text(callerName);
	}

	public String getCallerPhone() {
		return callerPhone;
	}

	public void setCallerPhone(String callerPhone) {
		this.callerPhone = text(callerPhone);
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}
}
