package org.ortakakil.requests.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.ortakakil.shared.DomainException;

/** Photos are checked by content, bounded in size and written anew, without the camera's metadata. */
class PhotosTest {

	final Map<String, byte[]> stored = new HashMap<>();

	final Photos photos = new Photos(new PhotoStorage() {
		@Override
		public void put(String key, byte[] jpeg) {
			stored.put(key, jpeg);
		}

		@Override
		public Optional<byte[]> get(String key) {
			return Optional.ofNullable(stored.get(key));
		}
	});

	static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, width / 2, height);
		g.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, format, bytes);
		return bytes.toByteArray();
	}

	@Test
	void aLargePhotoIsScaledToAtMost1600PixelsASideAndStoredAsJpeg() throws IOException {
		String key = photos.store(image("png", 3200, 2000));

		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photos.load(key).orElseThrow()));
		assertThat(stored.getWidth()).isEqualTo(1600);
		assertThat(stored.getHeight()).isEqualTo(1000);
		assertThat(photos.load(key).orElseThrow()).startsWith(0xFF, 0xD8, 0xFF);
	}

	@Test
	void aSmallPhotoKeepsItsSize() throws IOException {
		String key = photos.store(image("jpeg", 640, 480));

		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photos.load(key).orElseThrow()));
		assertThat(stored.getWidth()).isEqualTo(640);
		assertThat(stored.getHeight()).isEqualTo(480);
	}

	@Test
	void theCamerasMetadataIsNotKept() throws IOException {
		byte[] jpeg = image("jpeg", 200, 100);
		byte[] exif = ("Exif\0\0GPS 41.0082N 28.9784E").getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream withExif = new ByteArrayOutputStream();
		withExif.write(jpeg, 0, 2);
		withExif.write(new byte[] { (byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2) });
		withExif.write(exif);
		withExif.write(jpeg, 2, jpeg.length - 2);
		assertThat(new String(withExif.toByteArray(), StandardCharsets.ISO_8859_1)).contains("GPS 41.0082N");

		String key = photos.store(withExif.toByteArray());

		assertThat(new String(photos.load(key).orElseThrow(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
	}

	@Test
	void aThirtyMegabytePhotoIsRefusedBeforeItIsRead() {
		byte[] huge = new byte[30 * 1024 * 1024];
		huge[0] = (byte) 0xFF;
		huge[1] = (byte) 0xD8;
		huge[2] = (byte) 0xFF;

		assertThatThrownBy(() -> photos.store(huge)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("photos.too-large"));
		assertThat(stored).isEmpty();
	}

	@Test
	void aPdfPosingAsAJpegIsRefused() {
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> photos.store(pdf)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("photos.not-an-image"));
		assertThat(stored).isEmpty();
	}

	@Test
	void aTruncatedJpegIsRefused() throws IOException {
		byte[] jpeg = image("jpeg", 400, 300);
		byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);

		assertThatThrownBy(() -> photos.store(truncated)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("photos.not-an-image"));
	}

	@Test
	void onlyWellFormedKeysAreLookedUp() {
		assertThat(photos.load("../../etc/passwd")).isEmpty();
		assertThat(photos.load(null)).isEmpty();
	}
}
