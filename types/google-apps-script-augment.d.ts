// Form methods Apps Script has and @types/google-apps-script 2.0.13 lacks.
// Publishing: https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
// (forms created through the API may be unpublished since 2025, see the Forms API publish settings:
// https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/setPublishSettings).
// E-mail collection: https://developers.google.com/apps-script/reference/forms/email-collection-type
// (values DO_NOT_COLLECT, VERIFIED, RESPONDER_INPUT, as the Forms API FormSettings.emailCollectionType).
declare namespace GoogleAppsScript {
  namespace Forms {
    enum EmailCollectionType {
      DO_NOT_COLLECT,
      VERIFIED,
      RESPONDER_INPUT,
    }
    interface Form {
      setPublished(enabled: boolean): Form;
      isPublished(): boolean;
      setEmailCollectionType(type: EmailCollectionType): Form;
      getEmailCollectionType(): EmailCollectionType;
    }
    interface FormApp {
      EmailCollectionType: typeof EmailCollectionType;
    }
  }
}
