/**
 * The one calendar every statutory clock counts on: working days and office hours in
 * England and Wales (bank holidays as data), school days for a setting, and the deadlines
 * built from them. Also the one place the UK time zone is named, and the database lock
 * that lets scheduled work run on one instance at a time.
 */
package org.fullpicture.calendar;
