package org.fullpicture.frontdoor.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FrontDoorSettings.class)
class FrontDoorConfiguration {

}
