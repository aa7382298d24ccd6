package org.ortakakil.proposals.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.proposals.internal.ProposalDraft;
import org.ortakakil.proposals.internal.Upload;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.TypedNumber;
import org.springframework.web.multipart.MultipartFile;

/**
 * The proposal form as typed; turned into a {@link ProposalDraft} (and uploads) when sent. When refused,
 * {@link #field} names the field an error code is about, which is also the id of that field on the page.
 */
public class ProposalForm {

	/** A coordinate that is not a number is refused like one outside the city. */
	private static final String OUTSIDE = "proposals.location-outside-istanbul";

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("proposals.title-length", "title"),
			Map.entry("proposals.body-length", "body"), Map.entry("proposals.topic-unknown", "topic"),
			Map.entry("proposals.sdg-invalid", "sdgs"), Map.entry("proposals.scope-invalid", "scope"),
			Map.entry("proposals.district-required", "districts"), Map.entry("proposals.district-unknown", "districts"),
			Map.entry("proposals.neighbourhood-unknown", "neighbourhood"),
			Map.entry("proposals.location-outside-istanbul", "location"),
			Map.entry("proposals.coauthor-unknown", "coauthors"), Map.entry("proposals.coauthors-too-many", "coauthors"),
			Map.entry("proposals.attachments-too-many", "files"), Map.entry("proposals.attachment-too-large", "files"),
			Map.entry("proposals.attachment-type", "files"), Map.entry("proposals.scan-required", "scan"),
			Map.entry("proposals.channel-invalid", "receivedAs"));

	private String title = "";
	private String body = "";
	private String topic = "other";
	private List<Integer> sdgs = new ArrayList<>();
	private String scopeType = "";
	private List<Integer> districts = new ArrayList<>();
	private String neighbourhood = "";
	private String lat = "";
	private String lon = "";
	private String coauthors = "";
	private String action = "publish";
	private List<MultipartFile> files = new ArrayList<>();
	private String receivedAs = "";

	ProposalDraft toDraft(Locale locale, Accounts accounts) {
		List<String> coauthorPrincipals = new ArrayList<>();
		for (String email : Arrays.stream(coauthors == null ? new String[0] : coauthors.split("[,;\\s]+"))
			.filter(e -> !e.isBlank()).toList()) {
			coauthorPrincipals.add(accounts.byEmail(email).map(CurrentAccount::principal)
				.orElseThrow(() -> DomainException.invalid("proposals.coauthor-unknown", email)));
		}
		return new ProposalDraft(title, body, locale == null ? "tr" : locale.getLanguage(), topic, sdgs, scopeType,
				districts, TypedNumber.integer(neighbourhood, "proposals.neighbourhood-unknown"), TypedNumber.decimal(lat, OUTSIDE),
				TypedNumber.decimal(lon, OUTSIDE), coauthorPrincipals);
	}

	List<Upload> uploads() {
		return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty())
			.map(ProposalForm::upload).toList();
	}

	static Upload upload(MultipartFile file) {
		return file == null || file.isEmpty() ? null : new Upload(file.getOriginalFilename(), file.getSize(), file);
	}

	/**
	 * The field the error with this code is about, or null when it is about no one field. On the staff entry
	 * form the attachment errors concern the scan; a place outside the space concerns the scope chosen.
	 */
	String field(String code, boolean staffEntry) {
		if ("proposals.scope-outside-space".equals(code)) {
			String scope = scopeType != null && !scopeType.isBlank() ? scopeType
					: neighbourhood != null && !neighbourhood.isBlank() ? "NEIGHBOURHOOD"
							: districts != null && !districts.isEmpty() ? "DISTRICTS" : "CITY";
			return switch (scope) {
				case "NEIGHBOURHOOD" -> "neighbourhood";
				case "DISTRICTS" -> "districts";
				default -> "scope";
			};
		}
		String field = FIELDS.get(code);
		return staffEntry && "files".equals(field) ? "scan" : field;
	}

	boolean publish() {
		return !"draft".equals(action);
	}


	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public List<Integer> getSdgs() {
		return sdgs;
	}

	public void setSdgs(List<Integer> sdgs) {
		this.sdgs = sdgs;
	}

	public String getScopeType() {
		return scopeType;
	}

	public void setScopeType(String scopeType) {
		this.scopeType = scopeType;
	}

	public List<Integer> getDistricts() {
		return districts;
	}

	public void setDistricts(List<Integer> districts) {
		this.districts = districts;
	}

	public String getNeighbourhood() {
		return neighbourhood;
	}

	public void setNeighbourhood(String neighbourhood) {
		this.neighbourhood = neighbourhood;
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

	public String getCoauthors() {
		return coauthors;
	}

	public void setCoauthors(String coauthors) {
		this.coauthors = coauthors;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getReceivedAs() {
		return receivedAs;
	}

	public void setReceivedAs(String receivedAs) {
		this.receivedAs = receivedAs;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}
}
