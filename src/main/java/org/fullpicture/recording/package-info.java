/**
 * Plain-language checks on what practitioners write: stock phrases that dilute harm or
 * label a family, summaries that lose the source words, and records without the child's
 * voice.
 */
package org.fullpicture.recording;
