package org.ortakakil.requests.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Photos for tests: a small generated PNG of a street light at night, as a phone would send (but smaller). */
public final class TestPhotos {

	private TestPhotos() {
	}

	public static byte[] streetLight() {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(20, 24, 48));
		g.fillRect(0, 0, 320, 240);
		g.setColor(new Color(120, 120, 120));
		g.fillRect(150, 60, 12, 180);
		g.setColor(new Color(255, 200, 40));
		g.fillOval(130, 30, 50, 40);
		g.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
