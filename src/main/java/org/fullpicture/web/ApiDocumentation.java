package org.fullpicture.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: what integrating agencies read first. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI fullPictureApi() {
		return new OpenAPI().info(new Info().title("FullPicture API")
			.version("v1")
			.description("The shared multi-agency chronology. Get a token with POST /api/v1/tokens and send it as "
					+ "'Authorization: Bearer <token>'. Errors are application/problem+json with an 'errors' list of "
					+ "{field, message}; a failed request changes nothing. Send an Idempotency-Key with "
					+ "POST /api/v1/chronology so that a retried submission is stored once."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
