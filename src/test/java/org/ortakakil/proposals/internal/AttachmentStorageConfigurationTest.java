package org.ortakakil.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The file store unless ortakakil.proposals.storage=s3, and no start without the S3 settings it needs. */
class AttachmentStorageConfigurationTest {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(AttachmentStorageConfiguration.class);

	@Test
	void filesByDefault() {
		runner.run(context -> assertThat(context).getBean(AttachmentStorage.class)
			.isInstanceOf(FileSystemAttachmentStorage.class));
		runner.withPropertyValues("ortakakil.proposals.storage=file")
			.run(context -> assertThat(context).getBean(AttachmentStorage.class)
				.isInstanceOf(FileSystemAttachmentStorage.class));
	}

	@Test
	void s3WhenChosen() {
		runner.withPropertyValues("ortakakil.proposals.storage=s3", "ortakakil.proposals.s3.endpoint=http://127.0.0.1:9",
				"ortakakil.proposals.s3.bucket=attachments")
			.run(context -> assertThat(context).getBean(AttachmentStorage.class)
				.isInstanceOf(S3AttachmentStorage.class));
	}

	@Test
	void s3WithoutBucketOrEndpointDoesNotStart() {
		runner.withPropertyValues("ortakakil.proposals.storage=s3", "ortakakil.proposals.s3.endpoint=http://127.0.0.1:9")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("ortakakil.proposals.s3.bucket is required with ortakakil.proposals.storage=s3"));
		runner.withPropertyValues("ortakakil.proposals.storage=s3", "ortakakil.proposals.s3.bucket=attachments")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("ortakakil.proposals.s3.endpoint is required with ortakakil.proposals.storage=s3"));
	}

	@Test
	void anUnknownStoreDoesNotStart() {
		runner.withPropertyValues("ortakakil.proposals.storage=minio")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("ortakakil.proposals.storage must be file or s3"));
	}
}
