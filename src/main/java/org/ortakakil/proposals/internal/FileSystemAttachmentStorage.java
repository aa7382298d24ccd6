package org.ortakakil.proposals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Attachments as files under {@code ortakakil.proposals.storage-dir} (default ./data/proposal-files). */
class FileSystemAttachmentStorage implements AttachmentStorage {

	private final Path root;

	FileSystemAttachmentStorage(Path root) {
		this.root = root;
	}

	@Override
	public void put(String key, InputStream content) throws IOException {
		Path file = resolve(key);
		Files.createDirectories(file.getParent());
		Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	private Path resolve(String key) {
		return root.resolve(AttachmentStorage.checked(key));
	}
}
