package org.fullpicture.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the service reads: {@code maxBody} for any request,
 * {@code maxUpload} for an agency's bulk file of records (which the multipart limits in
 * application.properties also bound).
 */
@ConfigurationProperties("fullpicture.requests")
record RequestLimits(DataSize maxBody, DataSize maxUpload) {

	RequestLimits {
		maxBody = maxBody == null ? DataSize.ofMegabytes(4) : maxBody;
		maxUpload = maxUpload == null ? DataSize.ofMegabytes(21) : maxUpload;
	}

}
