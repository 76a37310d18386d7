/**
 * The service directory in the Open Referral UK shape (organisations, services,
 * locations, contacts), its import and read API, the services children and families
 * receive, and what happens when a service ends.
 */
package org.fullpicture.directory;
