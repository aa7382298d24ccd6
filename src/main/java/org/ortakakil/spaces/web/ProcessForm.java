package org.ortakakil.spaces.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.internal.ProcessDraft;

/** The process form as posted; {@link #toDraft()} is where it is checked. */
class ProcessForm {

	private String slug = "";
	private Map<String, String> title = new LinkedHashMap<>();
	private Map<String, String> description = new LinkedHashMap<>();
	private ScopeType scopeType = ScopeType.CITY;
	private List<Integer> districtIds = new ArrayList<>();
	private Integer neighbourhoodId;

	static ProcessForm of(ProcessView process) {
		ProcessForm form = new ProcessForm();
		form.slug = process.slug();
		form.title = LocalizedFields.fields(process.title());
		form.description = LocalizedFields.fields(process.description());
		form.scopeType = process.scopeType();
		form.districtIds = new ArrayList<>(process.districtIds());
		form.neighbourhoodId = process.neighbourhoodId();
		return form;
	}

	ProcessDraft toDraft() {
		if (scopeType == null) {
			throw DomainException.invalid("space.scope-required");
		}
		return new ProcessDraft(slug == null || slug.isBlank() ? null : new Slug(slug.strip()),
				LocalizedFields.of(title, false), LocalizedFields.of(description, true), scopeType,
				new HashSet<>(districtIds == null ? List.of() : districtIds), neighbourhoodId);
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
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

	public ScopeType getScopeType() {
		return scopeType;
	}

	public void setScopeType(ScopeType scopeType) {
		this.scopeType = scopeType;
	}

	public List<Integer> getDistrictIds() {
		return districtIds;
	}

	public void setDistrictIds(List<Integer> districtIds) {
		this.districtIds = districtIds;
	}

	public Integer getNeighbourhoodId() {
		return neighbourhoodId;
	}

	public void setNeighbourhoodId(Integer neighbourhoodId) {
		this.neighbourhoodId = neighbourhoodId;
	}
}
