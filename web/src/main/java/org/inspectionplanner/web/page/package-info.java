/**
 * The web pages (GOV.UK Frontend, Thymeleaf, htmx): page controllers that call the feature services
 * directly (never over HTTP) and turn their results into small view models for the templates.
 */
package org.inspectionplanner.web.page;
