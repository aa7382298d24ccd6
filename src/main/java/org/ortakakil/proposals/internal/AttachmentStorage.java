package org.ortakakil.proposals.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment bytes live: the file system by default ({@link FileSystemAttachmentStorage}), an
 * S3-compatible store with {@code ortakakil.proposals.storage=s3} ({@link S3AttachmentStorage}); chosen in
 * {@link AttachmentStorageConfiguration}.
 */
public interface AttachmentStorage {

	/** Stores the bytes under the key, replacing nothing: keys are new each time. */
	void put(String key, InputStream content) throws IOException;

	/** The stored bytes; an IOException when there are none under the key. */
	InputStream open(String key) throws IOException;

	/** Removes the bytes; a key with none is not an error. */
	void delete(String key) throws IOException;

	/** The key, if it is one Attachments makes (lower-case letters, digits, dashes and slashes, no way up). */
	static String checked(String key) {
		if (!key.matches("[a-z0-9/-]{1,200}") || key.contains("..")) {
			throw new IllegalArgumentException("storage key");
		}
		return key;
	}
}
