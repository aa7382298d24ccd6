package org.ortakakil.moderation.web;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.internal.Reason;
import org.ortakakil.moderation.internal.Reports;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/reports} for a logged-in person: the body names the resource as
 * {@code type:id} (a proposal, a comment or {@code user:<principal>}), the reason and an optional note.
 * Reporting twice answers as the first time and changes nothing; errors are ProblemDetail.
 */
@RestController
class ReportsApi {

	/** A report as the client sends it. */
	record ReportRequest(String resource, String reason, String note) {
	}

	/** The report's resource, as stored. */
	record ReportAnswer(String resource, String reason) {
	}

	private final Reports reports;

	ReportsApi(Reports reports) {
		this.reports = reports;
	}

	@PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReportAnswer> report(@RequestBody(required = false) ReportRequest body, CurrentAccount account) {
		if (body == null || body.resource() == null || body.resource().indexOf(':') < 1) {
			throw DomainException.invalid("moderation.resource-required");
		}
		int colon = body.resource().indexOf(':');
		ResourceRef resource = new ResourceRef(body.resource().substring(0, colon), body.resource().substring(colon + 1));
		Reason reason = Reason.parse(body.reason());
		reports.report(account, resource, reason, body.note());
		return ResponseEntity.status(HttpStatus.CREATED).body(new ReportAnswer(resource.toString(), reason.name()));
	}
}
