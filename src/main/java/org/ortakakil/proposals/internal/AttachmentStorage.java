package org.ortakakil.proposals.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment bytes live: the file system by default ({@link FileSystemAttachmentStorage}); a
 * production deployment may provide an S3-compatible store as a bean of this type instead.
 */
public interface AttachmentStorage {

	/** Stores the bytes under the key, replacing nothing: keys are new each time. */
	void put(String key, InputStream content) throws IOException;

	InputStream open(String key) throws IOException;

	void delete(String key) throws IOException;
}
