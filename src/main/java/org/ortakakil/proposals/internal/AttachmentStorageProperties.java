package org.ortakakil.proposals.internal;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where proposal attachments are stored ({@code ortakakil.proposals.*}); the file system directory itself is
 * {@code ortakakil.proposals.storage-dir}.
 *
 * @param storage {@code file} (the default: files under the storage directory) or {@code s3}
 * @param s3 the S3-compatible store, used with {@code storage=s3}
 */
@ConfigurationProperties("ortakakil.proposals")
public record AttachmentStorageProperties(@DefaultValue("file") String storage, @DefaultValue S3 s3) {

	public AttachmentStorageProperties {
		storage = storage.strip().toLowerCase(Locale.ROOT);
		if (!storage.equals("file") && !storage.equals("s3")) {
			throw new IllegalArgumentException("ortakakil.proposals.storage must be file or s3, not " + storage);
		}
		if (storage.equals("s3")) {
			s3.check();
		}
	}

	boolean useS3() {
		return storage.equals("s3");
	}

	/**
	 * An S3-compatible store ({@code ortakakil.proposals.s3.*}).
	 *
	 * @param endpoint the store's URL, such as {@code https://s3.eu-central-1.amazonaws.com} or
	 *        {@code http://minio.internal:9000}; required
	 * @param region the signing region; {@code us-east-1} suits most stores that are not AWS
	 * @param bucket the bucket, which must exist; required
	 * @param accessKey the access key; without it and the secret key, the AWS SDK's default chain
	 *        (environment, system properties, profile, container or instance role)
	 * @param secretKey the secret key
	 * @param pathStyle whether the bucket is in the path rather than the host name (MinIO and Ceph need it)
	 * @param prefix prepended to every object name, with a slash between, such as {@code ortakakil}
	 */
	public record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
			String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("") String prefix) {

		void check() {
			if (endpoint == null || endpoint.isBlank()) {
				throw new IllegalArgumentException(
						"ortakakil.proposals.s3.endpoint is required with ortakakil.proposals.storage=s3");
			}
			if (bucket == null || bucket.isBlank()) {
				throw new IllegalArgumentException(
						"ortakakil.proposals.s3.bucket is required with ortakakil.proposals.storage=s3");
			}
		}

		@Override
		public String toString() {
			return "S3(endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
					+ ", secretKey=" + (secretKey == null ? null : "******") + ", pathStyle=" + pathStyle + ", prefix="
					+ prefix + ")";
		}
	}
}
