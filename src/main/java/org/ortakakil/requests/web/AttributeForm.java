package org.ortakakil.requests.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.internal.AttributeDraft;
import org.ortakakil.shared.LocalizedText;

/** The form that adds an attribute to a category; values are typed one a line, {@code key = name}. */
class AttributeForm {

	private String code = "";
	private String datatype = AttributeDatatype.string.name();
	private boolean required;
	private boolean variable = true;
	private Map<String, String> question = new LinkedHashMap<>();
	private String datatypeDescription = "";
	private String values = "";

	AttributeDraft toDraft() {
		return new AttributeDraft(code == null ? "" : code.strip(), AttributeDatatype.parse(datatype), required,
				variable, new LocalizedText(question), datatypeDescription, AttributeDraft.values(values));
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getDatatype() {
		return datatype;
	}

	public void setDatatype(String datatype) {
		this.datatype = datatype;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public boolean isVariable() {
		return variable;
	}

	public void setVariable(boolean variable) {
		this.variable = variable;
	}

	public Map<String, String> getQuestion() {
		return question;
	}

	public void setQuestion(Map<String, String> question) {
		this.question = question;
	}

	public String getDatatypeDescription() {
		return datatypeDescription;
	}

	public void setDatatypeDescription(String datatypeDescription) {
		this.datatypeDescription = datatypeDescription;
	}

	public String getValues() {
		return values;
	}

	public void setValues(String values) {
		this.values = values;
	}
}
