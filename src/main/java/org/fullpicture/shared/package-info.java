/**
 * Small types every module shares: a problem with a field of the input, paging, the
 * exceptions that the pages and the API turn into clear messages, and JDBC batch inserts.
 */
package org.fullpicture.shared;
