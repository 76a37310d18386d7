package org.fullpicture.web;

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

	// Only these paths are files (spring.web.resources.add-mappings=false turns off
	// Spring Boot's /** mapping). With
	// /** mapped, every link a page builds with @{...} was looked up on the class path as
	// a possible file, and a miss
	// is not cached: on a chronology page that was a fifth of the server's time.
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// the GOV.UK stylesheet refers to its fonts and images under /assets/
		registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK + "assets/");
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(layout);
	}

}
