package org.ortakakil.shared;

/** A reference to any resource of any module, by type and id, never by foreign key. */
public record ResourceRef(String type, String id) {

	public ResourceRef {
		if (type == null || type.isBlank() || id == null || id.isBlank()) {
			throw DomainException.invalid("resource-ref.incomplete");
		}
	}

	public static ResourceRef of(String type, Object id) {
		return new ResourceRef(type, String.valueOf(id));
	}

	@Override
	public String toString() {
		return type + ":" + id;
	}
}
