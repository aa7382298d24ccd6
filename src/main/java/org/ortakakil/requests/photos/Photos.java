package org.ortakakil.requests.photos;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.ortakakil.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Photos of requests. A photo is checked by its content, not its name or declared type (a JPEG or PNG
 * that decodes; a PDF called photo.jpg is refused), limited in size and in pixels (no decompression
 * bombs), scaled down to at most {@value #MAX_SIDE} px a side and written anew as JPEG, which also drops
 * the camera's metadata (its GPS position among them). Stored by a random key through {@link PhotoStorage}.
 */
@Component
public class Photos {

	public static final long MAX_BYTES = 10L * 1024 * 1024;
	public static final int MAX_SIDE = 1600;
	private static final long MAX_PIXELS = 50_000_000L;
	private static final Pattern KEY = Pattern.compile("[0-9a-f]{24}");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final PhotoStorage storage;

	@Autowired
	Photos(@Value("${ortakakil.requests.photo-directory:${java.io.tmpdir}/ortakakil-photos}") Path directory) {
		this(new FileSystemPhotoStorage(directory));
	}

	Photos(PhotoStorage storage) {
		this.storage = storage;
	}

	/** Checks, scales and stores the photo; its key. INVALID {@code photos.too-large} or {@code photos.not-an-image}. */
	public String store(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw DomainException.invalid("photos.too-large", MAX_BYTES / (1024 * 1024));
		}
		BufferedImage image = decode(content);
		byte[] jpeg = encode(scaled(image));
		byte[] random = new byte[12];
		RANDOM.nextBytes(random);
		String key = HexFormat.of().formatHex(random);
		storage.put(key, jpeg);
		return key;
	}

	public Optional<byte[]> load(String key) {
		return isKey(key) ? storage.get(key) : Optional.empty();
	}

	static boolean isKey(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	private static BufferedImage decode(byte[] content) {
		if (!isJpeg(content) && !isPng(content)) {
			throw DomainException.invalid("photos.not-an-image");
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw DomainException.invalid("photos.not-an-image");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw DomainException.invalid("photos.too-large", MAX_BYTES / (1024 * 1024));
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.invalid("photos.not-an-image");
		}
	}

	private static boolean isJpeg(byte[] b) {
		return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
	}

	private static boolean isPng(byte[] b) {
		return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
	}

	private static BufferedImage scaled(BufferedImage image) {
		double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = result.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return result;
	}

	private static byte[] encode(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.82f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}
}
