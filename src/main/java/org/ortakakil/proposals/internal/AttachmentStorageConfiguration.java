package org.ortakakil.proposals.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The attachment store: an S3-compatible one with {@code ortakakil.proposals.storage=s3}, otherwise files. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentStorageProperties.class)
class AttachmentStorageConfiguration {

	@Bean
	@ConditionalOnMissingBean(AttachmentStorage.class)
	AttachmentStorage attachmentStorage(AttachmentStorageProperties properties,
			@Value("${ortakakil.proposals.storage-dir:./data/proposal-files}") String directory) {
		if (properties.useS3()) {
			return new S3AttachmentStorage(properties.s3());
		}
		return new FileSystemAttachmentStorage(Path.of(directory));
	}
}
