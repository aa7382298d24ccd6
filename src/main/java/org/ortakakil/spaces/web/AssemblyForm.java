package org.ortakakil.spaces.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.AssemblyView;
import org.ortakakil.spaces.internal.AssemblyDraft;

/** The assembly form as posted; {@link #toDraft()} is where it is checked. */
class AssemblyForm {

	private String slug = "";
	private AssemblyType type = AssemblyType.OTHER;
	private Map<String, String> title = new LinkedHashMap<>();
	private Map<String, String> description = new LinkedHashMap<>();
	private Long parentId;
	private List<Integer> districtIds = new ArrayList<>();
	private List<Integer> provinceIds = new ArrayList<>();

	static AssemblyForm of(AssemblyView assembly) {
		AssemblyForm form = new AssemblyForm();
		form.slug = assembly.slug();
		form.type = assembly.type();
		form.title = LocalizedFields.fields(assembly.title());
		form.description = LocalizedFields.fields(assembly.description());
		form.parentId = assembly.parentId();
		form.districtIds = new ArrayList<>(assembly.districtIds());
		form.provinceIds = new ArrayList<>(assembly.provinceIds());
		return form;
	}

	AssemblyDraft toDraft() {
		return new AssemblyDraft(slug == null || slug.isBlank() ? null : new Slug(slug.strip()), type,
				LocalizedFields.of(title, false), LocalizedFields.of(description, true), parentId,
				new HashSet<>(districtIds == null ? List.of() : districtIds),
				new HashSet<>(provinceIds == null ? List.of() : provinceIds));
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public AssemblyType getType() {
		return type;
	}

	public void setType(AssemblyType type) {
		this.type = type;
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

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public List<Integer> getDistrictIds() {
		return districtIds;
	}

	public void setDistrictIds(List<Integer> districtIds) {
		this.districtIds = districtIds;
	}

	public List<Integer> getProvinceIds() {
		return provinceIds;
	}

	public void setProvinceIds(List<Integer> provinceIds) {
		this.provinceIds = provinceIds;
	}
}
