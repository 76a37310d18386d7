/**
 * Small types every module shares: a problem with a field of the input, paging, and the
 * exceptions that the pages and the API turn into clear messages.
 */
package org.fullpicture.shared;
