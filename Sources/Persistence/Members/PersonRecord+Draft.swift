import Domain
import Foundation

extension PersonRecord {
    /// Copies a validated draft onto the record: personal numbers encrypted, hashed for lookup and masked
    /// for display; the places' paths copied so that scope checks need no join.
    /// An edit that leaves a personal number empty keeps the stored one: the form never shows it whole.
    func apply(_ draft: PersonDraft, places: PersonPlaces, keyring: Keyring) throws {
        number = draft.number; name = draft.name; gender = draft.gender?.rawValue; kind = draft.kind.rawValue
        politicalStatus = draft.politicalStatus.rawValue; ethnicity = draft.ethnicity; birthDate = draft.birthDate?.iso
        if let idNumber = draft.idNumber {
            idNumberCipher = try keyring.seal(idNumber.value)
            idNumberHash = keyring.lookupHash(idNumber.value)
            idNumberMasked = idNumber.masked
        }
        if let phone = draft.phone {
            phoneCipher = try keyring.seal(phone.value)
            phoneHash = keyring.lookupHash(phone.value)
            phoneMasked = phone.masked
        }
        organizationID = places.organization?.id.rawValue; organizationPath = places.organization?.path.rawValue
        classID = places.schoolClass?.id.rawValue; gridPath = places.schoolClass?.path.rawValue
        dormID = places.dorm?.id.rawValue
        applicationDate = draft.stages.application?.iso; activistDate = draft.stages.activist?.iso
        candidateDate = draft.stages.developmentCandidate?.iso; probationaryDate = draft.stages.probationary?.iso
        fullDate = draft.stages.full?.iso
        committeeRole = draft.committeeRole?.rawValue; isDualLeader = draft.isDualLeader
    }
}

/// The organisation and grid units a person belongs to, each already checked against the actor's scope.
struct PersonPlaces {
    var organization: Organization?
    var schoolClass: GridUnit?
    var dorm: GridUnit?
}
