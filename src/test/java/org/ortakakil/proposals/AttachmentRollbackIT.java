package org.ortakakil.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.Submissions;
import org.ortakakil.proposals.internal.Upload;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.support.TransactionTemplate;

/** An attachment's bytes are stored before its row; a transaction that rolls back leaves no file behind. */
@IntegrationTest
class AttachmentRollbackIT {

	@Autowired
	ProcessAdministration processes;

	@Autowired
	Boards boards;

	@Autowired
	Submissions submissions;

	@Autowired
	TransactionTemplate transactions;

	@Value("${ortakakil.proposals.storage-dir:./data/proposal-files}")
	String storageDir;

	@Test
	void filesOfARolledBackSubmissionAreDeletedAndThoseOfACommittedOneKept() {
		long board = new ProposalFixture(processes, boards).board(ProposalFixture.settings(null, 3));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
		Upload image = new Upload("harita.png", png.length, new ByteArrayResource(png));

		long rolledBack = transactions.execute(status -> {
			long id = submissions.submit(ProposalFixture.kadikoylu(), board, ProposalFixture.draft("Geri alınan öneri"),
					true, List.of(image, image), ProposalFixture.ACTOR);
			assertThat(files(id)).as("stored while the transaction runs").hasSize(2);
			status.setRollbackOnly();
			return id;
		});
		assertThat(files(rolledBack)).isEmpty();

		long kept = submissions.submit(ProposalFixture.kadikoylu(), board, ProposalFixture.draft("Kalan öneri"), true,
				List.of(image), ProposalFixture.ACTOR);
		assertThat(files(kept)).hasSize(1);
	}

	private List<Path> files(long proposalId) {
		Path dir = Path.of(storageDir, "p", Long.toString(proposalId));
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(dir)) {
			return list.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
