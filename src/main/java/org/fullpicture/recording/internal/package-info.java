/**
 * How the recording checks work: tokens and stems, the phrase and description catalogues
 * read from {@code src/main/resources/recording/*.tsv}, and the rules for quotes,
 * negation and explanation. Other modules use the services in
 * {@code org.fullpicture.recording} instead.
 */
package org.fullpicture.recording.internal;
