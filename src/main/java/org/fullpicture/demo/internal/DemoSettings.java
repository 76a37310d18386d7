package org.fullpicture.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the demo on first start, and the password every demo account shares.
 */
@ConfigurationProperties("fullpicture.demo")
record DemoSettings(boolean enabled, String password) {
}
