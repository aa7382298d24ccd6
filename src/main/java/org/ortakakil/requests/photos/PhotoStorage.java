package org.ortakakil.requests.photos;

import java.util.Optional;

/**
 * Where checked photos are kept, by key. The file system by default; an S3-compatible store in
 * production implements the same two calls.
 */
public interface PhotoStorage {

	void put(String key, byte[] jpeg);

	Optional<byte[]> get(String key);
}
