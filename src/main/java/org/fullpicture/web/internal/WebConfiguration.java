package org.fullpicture.web.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

	private final LayoutModel layout;

	WebConfiguration(LayoutModel layout) {
		this.layout = layout;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// the GOV.UK stylesheet refers to its fonts and images under /assets/
		registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK + "assets/");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(layout);
	}

}
