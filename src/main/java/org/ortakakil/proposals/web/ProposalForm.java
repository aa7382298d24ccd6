package org.ortakakil.proposals.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.proposals.internal.ProposalDraft;
import org.ortakakil.proposals.internal.Upload;
import org.ortakakil.shared.DomainException;
import org.springframework.web.multipart.MultipartFile;

/** The proposal form as typed; turned into a {@link ProposalDraft} (and uploads) when sent. */
public class ProposalForm {

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

	ProposalDraft toDraft(Locale locale, Accounts accounts) {
		List<String> coauthorPrincipals = new ArrayList<>();
		for (String email : Arrays.stream(coauthors == null ? new String[0] : coauthors.split("[,;\\s]+"))
			.filter(e -> !e.isBlank()).toList()) {
			coauthorPrincipals.add(accounts.byEmail(email).map(CurrentAccount::principal)
				.orElseThrow(() -> DomainException.invalid("proposals.coauthor-unknown", email)));
		}
		return new ProposalDraft(title, body, locale == null ? "tr" : locale.getLanguage(), topic, sdgs, scopeType,
				districts, integer(neighbourhood), number(lat), number(lon), coauthorPrincipals);
	}

	List<Upload> uploads() {
		return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty())
			.map(ProposalForm::upload).toList();
	}

	static Upload upload(MultipartFile file) {
		return file == null || file.isEmpty() ? null : new Upload(file.getOriginalFilename(), file.getSize(), file);
	}

	boolean publish() {
		return !"draft".equals(action);
	}

	static Integer integer(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("proposals.neighbourhood-unknown");
		}
	}

	static Double number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("proposals.location-outside-istanbul");
		}
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

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}
}
