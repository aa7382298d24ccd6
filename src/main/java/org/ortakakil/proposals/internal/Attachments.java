package org.ortakakil.proposals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.ortakakil.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Images and PDF files attached to proposals, and scanned paper forms. The type is decided by the first
 * bytes of the file (JPEG, PNG, GIF, WebP, PDF), never by its name or declared type: an executable renamed
 * .jpg is refused. Bytes stored in a transaction that then rolls back are deleted again. At most {@value #MAX_BYTES} bytes each, {@value #MAX_FILES} per proposal.
 */
@Service
@Transactional
public class Attachments {

	private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);

	public static final long MAX_BYTES = 5 * 1024 * 1024;
	public static final int MAX_FILES = 5;

	/** An attachment as pages list it. {@code kind} is FILE or PAPER_FORM. */
	public record Attachment(long id, long proposalId, String kind, String name, String contentType, long size) {

		public boolean image() {
			return contentType.startsWith("image/");
		}
	}

	/** An attachment's bytes to send back. */
	public record Content(Attachment attachment, InputStream stream) {
	}

	private final JdbcClient jdbc;
	private final AttachmentStorage storage;
	private final Clock clock;

	Attachments(JdbcClient jdbc, AttachmentStorage storage, Clock clock) {
		this.jdbc = jdbc;
		this.storage = storage;
		this.clock = clock;
	}

	/** The checked uploads (empty ones dropped), before anything is stored. */
	public static List<Upload> check(List<Upload> uploads) {
		List<Upload> files = uploads == null ? List.of() : uploads.stream().filter(u -> u != null && u.size() > 0).toList();
		if (files.size() > MAX_FILES) {
			throw DomainException.invalid("proposals.attachments-too-many", MAX_FILES);
		}
		for (Upload upload : files) {
			if (upload.size() > MAX_BYTES) {
				throw DomainException.invalid("proposals.attachment-too-large", MAX_BYTES / (1024 * 1024));
			}
			if (contentType(upload) == null) {
				throw DomainException.invalid("proposals.attachment-type");
			}
		}
		return files;
	}

	void store(long proposalId, String kind, Upload upload) {
		String type = contentType(upload);
		if (type == null) {
			throw DomainException.invalid("proposals.attachment-type");
		}
		String key = "p/" + proposalId + "/" + UUID.randomUUID();
		try (InputStream in = upload.content().getInputStream()) {
			storage.put(key, in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		deleteIfRolledBack(key);
		String name = upload.name() == null || upload.name().isBlank() ? "file" : upload.name().strip();
		name = name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
		jdbc.sql("INSERT INTO proposal_attachment (proposal_id, kind, name, content_type, size_bytes, storage_key,"
				+ " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(proposalId, kind, name.length() > 200 ? name.substring(0, 200) : name, type, upload.size(), key,
					OffsetDateTime.now(clock))
			.update();
	}

	// the bytes are stored before the row: if the transaction does not commit, nothing may point to them
	private void deleteIfRolledBack(String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					try {
						storage.delete(key);
					}
					catch (IOException | RuntimeException e) {
						LOG.warn("attachment {} of a rolled back transaction not deleted: {}", key, e.toString());
					}
				}
			}
		});
	}

	@Transactional(readOnly = true)
	public List<Attachment> of(long proposalId) {
		return jdbc.sql("SELECT id, proposal_id, kind, name, content_type, size_bytes FROM proposal_attachment"
				+ " WHERE proposal_id = ? ORDER BY id").param(proposalId)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getLong(6)))
			.list();
	}

	@Transactional(readOnly = true)
	public Attachment describe(long attachmentId) {
		return jdbc.sql("SELECT id, proposal_id, kind, name, content_type, size_bytes FROM proposal_attachment"
				+ " WHERE id = ?").param(attachmentId)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getLong(6)))
			.optional().orElseThrow(() -> DomainException.notFound("proposals.attachment-not-found", attachmentId));
	}

	@Transactional(readOnly = true)
	public Content open(long attachmentId) {
		record Row(Attachment attachment, String key) {
		}
		Row row = jdbc.sql("SELECT id, proposal_id, kind, name, content_type, size_bytes, storage_key"
				+ " FROM proposal_attachment WHERE id = ?").param(attachmentId)
			.query((rs, n) -> new Row(new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getLong(6)), rs.getString(7)))
			.optional().orElseThrow(() -> DomainException.notFound("proposals.attachment-not-found", attachmentId));
		try {
			return new Content(row.attachment(), storage.open(row.key()));
		}
		catch (IOException e) {
			throw DomainException.notFound("proposals.attachment-not-found", attachmentId);
		}
	}

	/** The type the first bytes show, or null when they are not an image or PDF we accept. */
	static String contentType(Upload upload) {
		byte[] head = new byte[12];
		int read = 0;
		try (InputStream in = upload.content().getInputStream()) {
			int n;
			while (read < head.length && (n = in.read(head, read, head.length - read)) > 0) {
				read += n;
			}
		}
		catch (IOException e) {
			return null;
		}
		return sniff(head, read);
	}

	static String sniff(byte[] b, int length) {
		if (length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		if (length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return "image/png";
		}
		if (length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
				&& b[5] == 'a') {
			return "image/gif";
		}
		if (length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		if (length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
			return "application/pdf";
		}
		return null;
	}
}
