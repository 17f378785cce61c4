## Apps and Books (VPP) -sijaintitunnukset.

vpp-token-expired = Apps and Books (VPP) -tunnus on vanhentunut
    .cause = Sijaintitunnukset ovat voimassa vuoden. Kun tunnus on vanhentunut, Intune ei voi synkronoida ostettuja sovelluksia tai käyttöoikeuksia, ja ADE-laitteet, jotka asentavat Yritysportaalin tämän tunnuksen kautta, jäävät jumiin rekisteröinnin aikana.
    .step-1 = Siirry Apple Business Managerissa (tai Apple School Managerissa) kohtaan Preferences > Payments and Billing > Apps and Books ja lataa tämän sijainnin tunnus.
    .step-2 = Avaa Intune-hallintakeskuksessa Tenant administration > Connectors and tokens > Apple VPP tokens, muokkaa tunnusta ja lähetä uusi tiedosto.
    .step-3 = Synkronoi tunnus ja tarkista uusi vanhenemispäivä; sen päivittyminen voi kestää hetken.
    .detail = Tunnus ”{ $token }” ({ $organization }) vanheni { $expired-on }.

vpp-sync-failed = Apps and Books (VPP) -tunnuksen synkronointi epäonnistui
    .cause = Intunen viimeisin tämän sijaintitunnuksen synkronointi Applen kanssa epäonnistui. Sovellusten käyttöoikeudet ja uudet ostot eivät ole ajan tasalla ennen kuin synkronointi onnistuu.
    .step-1 = Tarkista tunnuksen tila kohdassa Tenant administration > Connectors and tokens > Apple VPP tokens: vanhentunut, virheellinen tai kahteen kertaan lisätty tunnus ei voi synkronoitua.
    .step-2 = Varmista, ettei tunnus ole käytössä myös jossakin toisessa MDM-tuotteessa tai toisessa vuokraajassa.
    .step-3 = Käynnistä manuaalinen synkronointi ja tarkista, että viimeisimmän synkronoinnin tila muuttuu valmiiksi (completed).
    .detail = Tunnuksen ”{ $token }” viimeisin synkronointi epäonnistui (viimeisin yritys { $synced-on }).
