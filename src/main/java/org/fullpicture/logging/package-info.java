/**
 * Keeps personal data out of the logs when something goes wrong: Logback converters,
 * named in {@code logback-spring.xml}, that log each exception's class and stack frames
 * but not the values its message may quote.
 */
package org.fullpicture.logging;
