package org.ortakakil.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.shared.LocalizedText;

/** A new consent text as posted from the administration page: {@code body[tr]}, {@code body[en]}, … */
class ConsentForm {

	private Map<String, String> body = new LinkedHashMap<>();

	LocalizedText text() {
		return new LocalizedText(body);
	}

	public Map<String, String> getBody() {
		return body;
	}

	public void setBody(Map<String, String> body) {
		this.body = body;
	}
}
