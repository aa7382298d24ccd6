package org.ortakakil.proposals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Attachments as objects in an S3-compatible store (MinIO, Ceph, a cloud provider), selected with
 * {@code ortakakil.proposals.storage=s3}; see {@link AttachmentStorageProperties.S3} for the settings.
 * Objects are named prefix plus key, in one bucket.
 * <p>
 * The interface gives no length and S3 needs one before the first byte, so put reads the content into memory
 * first, up to {@link Attachments#MAX_BYTES} (checked before anything is stored); more is refused. Checksums
 * are only sent and checked where the API requires them, as many S3-compatible stores reject the newer
 * default ones.
 */
class S3AttachmentStorage implements AttachmentStorage, AutoCloseable {

	private final S3Client s3;
	private final String bucket;
	private final String prefix;

	S3AttachmentStorage(AttachmentStorageProperties.S3 settings) {
		this.s3 = S3Client.builder()
			.endpointOverride(URI.create(settings.endpoint()))
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials(settings))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.build();
		this.bucket = settings.bucket();
		String p = settings.prefix() == null ? "" : settings.prefix().replaceAll("^/+|/+$", "");
		this.prefix = p.isEmpty() ? "" : p + "/";
	}

	// the keys in the settings when both are given, otherwise the SDK's usual chain (AWS_ACCESS_KEY_ID, a role)
	private static AwsCredentialsProvider credentials(AttachmentStorageProperties.S3 settings) {
		if (hasText(settings.accessKey()) && hasText(settings.secretKey())) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

	@Override
	public void put(String key, InputStream content) throws IOException {
		byte[] bytes = content.readNBytes((int) Attachments.MAX_BYTES + 1);
		if (bytes.length > Attachments.MAX_BYTES) {
			throw new IOException("attachment larger than " + Attachments.MAX_BYTES + " bytes");
		}
		try {
			s3.putObject(r -> r.bucket(bucket).key(objectKey(key)).contentLength((long) bytes.length),
					RequestBody.fromContentProvider(ContentStreamProvider.fromByteArrayUnsafe(bytes), bytes.length,
							"application/octet-stream"));
		}
		catch (SdkException e) {
			throw new IOException("attachment " + key + " not stored in bucket " + bucket + ": " + e.getMessage(), e);
		}
	}

	/** The object's bytes as they arrive; a missing object is a {@link NoSuchFileException}, as on the file system. */
	@Override
	public InputStream open(String key) throws IOException {
		try {
			return s3.getObject(r -> r.bucket(bucket).key(objectKey(key)));
		}
		catch (NoSuchKeyException e) {
			throw new NoSuchFileException(key);
		}
		catch (SdkException e) {
			throw new IOException("attachment " + key + " not read from bucket " + bucket + ": " + e.getMessage(), e);
		}
	}

	/** S3 answers a delete of a missing object with success; a store that answers NoSuchKey is treated the same. */
	@Override
	public void delete(String key) throws IOException {
		try {
			s3.deleteObject(r -> r.bucket(bucket).key(objectKey(key)));
		}
		catch (S3Exception e) {
			if (!noSuchKey(e)) {
				throw new IOException("attachment " + key + " not deleted from bucket " + bucket + ": " + e.getMessage(), e);
			}
		}
		catch (SdkException e) {
			throw new IOException("attachment " + key + " not deleted from bucket " + bucket + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		s3.close();
	}

	private String objectKey(String key) {
		return prefix + AttachmentStorage.checked(key);
	}

	private static boolean noSuchKey(S3Exception e) {
		return e instanceof NoSuchKeyException
				|| e.awsErrorDetails() != null && "NoSuchKey".equals(e.awsErrorDetails().errorCode());
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}
}
