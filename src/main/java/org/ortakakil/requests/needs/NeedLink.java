package org.ortakakil.requests.needs;

/** A request or proposal that shows a need; {@code reference} is a request's public id or a proposal's id or address. */
public record NeedLink(long id, LinkKind kind, String reference) {

	/** A proposal given as a web address is shown as a link. */
	public boolean address() {
		return kind == LinkKind.PROPOSAL && (reference.startsWith("https://") || reference.startsWith("http://"));
	}
}
