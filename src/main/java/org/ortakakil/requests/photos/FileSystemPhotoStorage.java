package org.ortakakil.requests.photos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Photos as files in one directory ({@code ortakakil.requests.photo-directory}), written atomically. */
class FileSystemPhotoStorage implements PhotoStorage {

	private final Path directory;

	FileSystemPhotoStorage(Path directory) {
		this.directory = directory;
		try {
			Files.createDirectories(directory);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the photo directory " + directory, e);
		}
	}

	@Override
	public void put(String key, byte[] jpeg) {
		try {
			Path partial = Files.createTempFile(directory, key, ".part");
			Files.write(partial, jpeg);
			Files.move(partial, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store photo " + key, e);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		Path file = file(key);
		try {
			return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read photo " + key, e);
		}
	}

	private Path file(String key) {
		if (!Photos.isKey(key)) {
			throw new IllegalArgumentException("Not a photo key: " + key);
		}
		return directory.resolve(key + ".jpg");
	}
}
