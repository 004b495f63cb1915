<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="55"/>
        <source>&lt;b&gt;Password store:&lt;/b&gt; {store}. Sign-ins tied to it do not work from a copy of the vault on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="59"/>
        <source>&lt;b&gt;Password store:&lt;/b&gt; {store}, but it does not hold this vault&apos;s key: sign-ins are protected by password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="63"/>
        <source>&lt;b&gt;Password store:&lt;/b&gt; none — sign-ins are protected by password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="68"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="69"/>
        <source>&lt;b&gt;Sign-ins tied to this computer:&lt;/b&gt; {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="72"/>
        <source>&lt;b&gt;Sign-ins with password only:&lt;/b&gt; {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="75"/>
        <source>&lt;b&gt;Tied to another computer, cannot sign in here:&lt;/b&gt; {names}. They need a password reset, or the Recovery Sheet if nobody can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="79"/>
        <source>&lt;b&gt;Recovery code:&lt;/b&gt; set; it works on any computer, on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="81"/>
        <source>&lt;b&gt;Recovery code:&lt;/b&gt; none. Make a new Recovery Sheet below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="84"/>
        <source>&lt;b&gt;Password checks:&lt;/b&gt; Argon2id with 64 MB of memory, time cost {cost}: each check is made slow on purpose, so guessing passwords takes very long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="87"/>
        <source>&lt;b&gt;Database encryption:&lt;/b&gt; SQLCipher {version} (AES-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="89"/>
        <source>&lt;b&gt;Vault folder:&lt;/b&gt; {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="58"/>
        <source>{kind}: {item} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="60"/>
        <source>{kind}: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/counts.py" line="43"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="17"/>
        <location filename="../../ui/about.ui" line="45"/>
        <source>Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="19"/>
        <source>BSD-style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="27"/>
        <source>DejaVu fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="27"/>
        <source>Bitstream Vera licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="28"/>
        <source>Droid Sans Fallback font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="36"/>
        <source>The licence text is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="14"/>
        <source>About Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="76"/>
        <source>An offline, encrypted front-desk program for small shelters. It never connects to the internet; everything stays in the vault on this computer and in the backups you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="86"/>
        <source>&amp;Parts of Shelter Desk and their licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="48"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="51"/>
        <source>{name} — {licence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="50"/>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="52"/>
        <source>Cannot sign in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="54"/>
        <source>Must set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="55"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="63"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="64"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="65"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="94"/>
        <source>{name} (you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="272"/>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="291"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="275"/>
        <source>Everyone signs in with their own account. Turn an account off as soon as someone leaves; their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="293"/>
        <source>Add &amp;staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="295"/>
        <source>Add staff member (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="296"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="297"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="298"/>
        <source>&amp;Turn off this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="299"/>
        <source>Turn back &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="375"/>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="377"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="378"/>
        <source>{name}&apos;s account is ready. Their temporary password is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="388"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="389"/>
        <source>What should {name} be able to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="403"/>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="410"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="411"/>
        <source>Give {name} a new temporary password?

Their current password stops working at once. They choose their own password when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="414"/>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="424"/>
        <source>New temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="425"/>
        <source>{name}&apos;s new temporary password is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="434"/>
        <source>Turn off this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="435"/>
        <source>Turn off {name}&apos;s account?

They will not be able to sign in. Their history stays. You can turn the account back on later; they then get a temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="438"/>
        <source>&amp;Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="447"/>
        <source>{name}&apos;s account is turned off. They can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="461"/>
        <source>Account turned back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="462"/>
        <source>{name} can sign in again. Their temporary password is:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="135"/>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="137"/>
        <source>Shelter Desk makes a temporary password for the new account. You will see it once, to give to the person; they choose their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="142"/>
        <source>As colleagues know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="154"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="155"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="156"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="161"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="189"/>
        <source>Front desk: the daily work at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="190"/>
        <source>House manager: runs the house; more than the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="191"/>
        <source>Director: everything, including staff accounts, the audit trail and security.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="56"/>
        <source>Staff &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="60"/>
        <source>A&amp;udit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="65"/>
        <source>Securit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="71"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlreadyKnown</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="54"/>
        <source>&lt;b&gt;Already known?&lt;/b&gt; Residents with this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="56"/>
        <source>Residents already known with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="62"/>
        <source>Ta&amp;ke her back in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="63"/>
        <source>A new stay for the same person; her earlier stays are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="87"/>
        <source>{alias}: here now, in {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="88"/>
        <source>{alias}: here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="91"/>
        <source>{alias}: left on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="111"/>
        <source>{alias} is staying here now (since {day}). She does not need to be taken in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="114"/>
        <source>If this is her, take her back in instead of making a second record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="225"/>
        <source>Add an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="228"/>
        <source>The note as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="229"/>
        <source>{kind} note of {day}, written by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="235"/>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="237"/>
        <source>&amp;Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="239"/>
        <source>The note stays as it was written. Your amendment is added under it with today&apos;s date and your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../shelter_desk/gui/app.py" line="103"/>
        <source>Something unexpected went wrong. What you saved before is safe. If this keeps happening, close Shelter Desk, start it again, and tell the director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/app.py" line="197"/>
        <source>Restore the vault from a backup now? The damaged vault is moved aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/app.py" line="214"/>
        <source>The folder {folder} holds only part of a Shelter Desk vault, so it cannot be opened and a new vault will not be made over it. Nothing was changed. Restore the vault from a backup, or start Shelter Desk with another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppArea</name>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="89"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="413"/>
        <source>Booked twice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="440"/>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="485"/>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="440"/>
        <source>&amp;Book it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="442"/>
        <source>Move to a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="443"/>
        <source>{alias}: move {kind} to a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="445"/>
        <source>&amp;Move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="447"/>
        <source>Change an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="448"/>
        <source>{alias}: {kind} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="450"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="458"/>
        <source>The old time stays in the list as &quot;Moved to a new time&quot;, linked to the new one. Change the place, ride or escort too if they change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="461"/>
        <source>Its time has passed. To say whether she went, use &quot;Record how it went&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="484"/>
        <source>Book an appointment for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="504"/>
        <source>Book it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="504"/>
        <source>Move it to this time anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="505"/>
        <source>Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="507"/>
        <source>Nothing was saved. Choose another time or another escort, or press Ctrl+Enter again to be asked once more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="108"/>
        <source>Who and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="112"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="115"/>
        <source>Who it is &amp;for *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="130"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="132"/>
        <source>{when} at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="135"/>
        <source>Booked now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="139"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="140"/>
        <source>New &amp;day *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="140"/>
        <source>&amp;Day *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="142"/>
        <source>e.g. 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="145"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="153"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="154"/>
        <source>How long it takes, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="155"/>
        <source>How &amp;long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="164"/>
        <source>New &amp;time *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="164"/>
        <source>&amp;Time *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="165"/>
        <source>24-hour clock: 14:30 is half past two in the afternoon. &quot;2:30 pm&quot; works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="169"/>
        <source>What and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="174"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="183"/>
        <source>Choose from the list, or type the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="185"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="186"/>
        <source>&amp;New place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="188"/>
        <source>Add a place to the list, to choose it next time too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="194"/>
        <source>&amp;Place *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="206"/>
        <source>Ride and escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="207"/>
        <source>Needs a r&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="210"/>
        <source>Who drives or how she gets there, when to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="212"/>
        <source>The ride: who drives, how, when to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="217"/>
        <source>&amp;Ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="219"/>
        <source>Who goes with her (staff or volunteer), if anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="223"/>
        <source>&amp;Escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="225"/>
        <source>The day sheet for drivers and escorts shows her name, the time, the place, the ride and the escort; never the kind of appointment or the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="228"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="232"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="236"/>
        <source>e.g. the clinic called to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="238"/>
        <source>&amp;Why it moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="263"/>
        <source>For: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="266"/>
        <source>Nobody chosen yet: keep typing, or pick her from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="269"/>
        <source>Nobody chosen yet: type the start of her name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="281"/>
        <source>{place} — {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="333"/>
        <source>No address on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="340"/>
        <source>Not on the list: kept with this appointment only. Press &quot;New place…&quot; (Alt+N) to add it to the list with its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="343"/>
        <source>Type part of the name to find it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="344"/>
        <source>The list of places is empty: type the place, or press &quot;New place…&quot; (Alt+N) to add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentList</name>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="130"/>
        <source>{title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="50"/>
        <source>{start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="59"/>
        <source>{weekday}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="60"/>
        <source>{weekday} {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="65"/>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="77"/>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="83"/>
        <source>To settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="93"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="95"/>
        <source>Yes: {ride}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="96"/>
        <source>Yes (nobody chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="103"/>
        <source>{place}, {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="109"/>
        <source>{alias} already has {kind} at {time} at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="111"/>
        <source>{escort} is already escorting {alias} to {kind} at {time} at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="171"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="172"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="173"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="174"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="175"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="176"/>
        <source>Ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="177"/>
        <source>Escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="178"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="202"/>
        <source>Nothing booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="218"/>
        <source>Booked (moved here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="226"/>
        <source>Nothing is booked on this day. Press Enter to see the day, Ctrl+N to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="234"/>
        <source>Its time has passed and it is still booked. Press Ctrl+R to record how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="238"/>
        <source>{status}: {when}. Press Enter to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="241"/>
        <source>{status}. Press Enter to see the new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="245"/>
        <source>{status}
{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointments_model.py" line="247"/>
        <source>{status}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="77"/>
        <source>Appointments: book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="78"/>
        <source>Appointments: open the chosen one (change it, or record how it went once its time has passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="80"/>
        <source>Appointments: change the chosen appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="81"/>
        <source>Appointments: record how it went (went, missed, cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="82"/>
        <source>Appointments: move it to a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="83"/>
        <source>Appointments: show the day, the week, or those to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="85"/>
        <source>Appointments: previous / next day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="86"/>
        <source>Appointments: back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="87"/>
        <source>Appointments: print the day sheet for drivers and escorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="88"/>
        <source>Appointments: save the day sheet as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="124"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="126"/>
        <source>Appointments and rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="131"/>
        <source>P&amp;laces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="132"/>
        <source>The list of clinics, offices and courts, with their addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="137"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="137"/>
        <source>One day (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="138"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="138"/>
        <source>The whole week (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="139"/>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="440"/>
        <source>To &amp;settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="140"/>
        <source>Past appointments still booked: record how they went (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="147"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="149"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="150"/>
        <source>Back to today (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="152"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="155"/>
        <source>Go to a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="157"/>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="172"/>
        <source>Enter opens the chosen appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="192"/>
        <source>&amp;Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="193"/>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="194"/>
        <source>&amp;Record how it went…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="195"/>
        <source>Move to a new &amp;time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="196"/>
        <source>&amp;Open her file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="197"/>
        <source>&amp;Print the day sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="198"/>
        <source>Sa&amp;ve as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="206"/>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="207"/>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="208"/>
        <source>Enter opens · Ctrl+N books · Ctrl+R records how it went · Alt+Left / Alt+Right: previous / next · F1: every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="289"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="433"/>
        <source>1 past appointment needs to be settled (Alt+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="435"/>
        <source>{n} past appointments need to be settled (Alt+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="440"/>
        <source>To &amp;settle ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="445"/>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="447"/>
        <source>Tomorrow, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="449"/>
        <source>Yesterday, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="452"/>
        <source>Week of {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="454"/>
        <source>Past appointments still booked: record how each one went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="459"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="459"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="460"/>
        <source>Previous {unit} (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="461"/>
        <source>Next {unit} (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="465"/>
        <source>Every past appointment has been settled. Nothing to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="466"/>
        <source> Press Ctrl+N to book one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="467"/>
        <source>Nothing is booked on {day}.{book}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="492"/>
        <source>Print the sheet of {day}&apos;s appointments and rides for drivers and escorts (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="494"/>
        <source>Save the sheet of {day}&apos;s appointments and rides as a PDF file (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="583"/>
        <source>This is the new time it was moved to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="585"/>
        <source>{alias}&apos;s {kind} on {when} is already settled: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="597"/>
        <source>Booked: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="608"/>
        <source>Saved: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="619"/>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="631"/>
        <source>Moved to a new time: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="633"/>
        <source>went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="633"/>
        <source>missed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="634"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="636"/>
        <source>Recorded: {alias}, {kind} on {when}: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="670"/>
        <source>This appointment is already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="685"/>
        <source>{alias}, {kind}, {when} at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="720"/>
        <source>Preparing the day sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="738"/>
        <source>Appointments and rides {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="742"/>
        <source>The day sheet for {day} was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="748"/>
        <source>The day sheet was saved as {path}. Delete it from this computer when it has been printed or handed over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="169"/>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="216"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="170"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="171"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="172"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="173"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="234"/>
        <source>Event {id}, stored as {utc} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="149"/>
        <source>it was changed or put out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="150"/>
        <source>the key that sealed it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="256"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="259"/>
        <source>Everything done in Shelter Desk is written here and cannot be changed without it showing. Important events are marked &quot;Important&quot; and in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="271"/>
        <source>From the &amp;beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="272"/>
        <source>Up to &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="283"/>
        <source>Fr&amp;om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="285"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="287"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="289"/>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="319"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="322"/>
        <source>&amp;Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="323"/>
        <source>Checks every event, from the first, for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="377"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="381"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="411"/>
        <source>No events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="413"/>
        <source>Showing {shown} of {total} events (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="416"/>
        <source>{total} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="421"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="422"/>
        <source>Checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="436"/>
        <source>The audit trail is intact: {n} events checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="444"/>
        <source>The audit trail has been changed: event {id} does not fit ({reason}). Events before it are as they were written. Do not delete anything. Contact the person who looks after your shelter&apos;s computers, and keep your backups: they hold the trail as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="453"/>
        <source>The audit trail has been changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../../shelter_desk/gui/today_backup.py" line="29"/>
        <source>Back up &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_backup.py" line="44"/>
        <source>No backup has been made to a USB stick or another computer for a week or more (the last one: {when}). If this computer broke or were stolen, the records since then would be lost. Put a USB stick in and press Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_backup.py" line="65"/>
        <source>Backups: none outside this computer for a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="49"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="51"/>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="57"/>
        <source>Choose the USB stick or folder for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="66"/>
        <source>Writing the backup and checking it… Do not take out the USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="73"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="74"/>
        <source>The backup was written and checked:

{file}

({size} MB.) Keep the USB stick locked away, away from the shelter if you can. The backup opens with a director&apos;s password on this computer, or on any computer with the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="85"/>
        <source>The backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="165"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="169"/>
        <source>Back up to a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="172"/>
        <source>Back up &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="176"/>
        <source>Make a backup at least once a week on a USB stick and keep it locked away, away from the shelter if you can. It is one encrypted file, named with the shelter and the date, checked after it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="183"/>
        <source>Automatic backups on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="189"/>
        <source>Check and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="190"/>
        <source>&amp;Check the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="194"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="198"/>
        <source>Checking reads the whole vault: the encryption of every page, the database structure, the audit trail and the key file. Restoring replaces the vault with a backup; the vault now in use is moved aside first, not deleted, and everyone is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="208"/>
        <source>How long resident records are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="211"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="212"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="213"/>
        <source>Years to keep records after the last stay ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="214"/>
        <source>&amp;Keep records after the last stay ended for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="216"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="218"/>
        <source>&amp;Delete old records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="229"/>
        <source>Your funder or the law may say how long records must be kept, and when they must be deleted. With no limit, nothing is ever deleted by Shelter Desk. Deleting shows first exactly who would go and asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="259"/>
        <source>Last backup to a USB stick or another folder: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="262"/>
        <source>No backup has been made outside this computer for a week or more. Make one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="265"/>
        <source>Shelter Desk makes one when someone signs out or closes it (at most one an hour) and keeps one for each of the last 7 days and 4 weeks: {n} now, the newest {when}. They are in {folder}, on the same disk as the vault, so they do not replace a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="271"/>
        <source>Shelter Desk makes one when someone signs out or closes it (at most one an hour) and keeps one for each of the last 7 days and 4 weeks. None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="292"/>
        <source>Checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="297"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="297"/>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="303"/>
        <source>The vault is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="305"/>
        <source>The vault has a problem. Make a backup to a USB stick now, do not delete old backups, and ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="334"/>
        <source>Saved: records are kept {years} years after the last stay ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="335"/>
        <source>Saved: records are kept with no time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="345"/>
        <source>No records are old enough to be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="353"/>
        <source>Deleting the old records and rewriting the vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="360"/>
        <source>The records of {n} residents were deleted for good. Their monthly counts were kept, and the deletion is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedBoard</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="126"/>
        <source>{room} · {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="132"/>
        <source>Held for {note} until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="134"/>
        <source>Held for {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedBoardModel</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="30"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="31"/>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="32"/>
        <source>In this bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="33"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="52"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedForm</name>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="180"/>
        <source>Add a bed to {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="184"/>
        <source>Rename bed {label} in {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="192"/>
        <source>Bed &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="193"/>
        <source>A number or a short word, such as 3, A or Window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="197"/>
        <source>&amp;Add the bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="197"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="61"/>
        <source>Bed board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="69"/>
        <source>Waiting for a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="74"/>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="79"/>
        <source>&amp;Rooms and beds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="82"/>
        <source>&amp;Give this bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="83"/>
        <source>Mo&amp;ve to another bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="84"/>
        <source>Ho&amp;ld this bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="85"/>
        <source>R&amp;elease the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="86"/>
        <source>&amp;Open her file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="87"/>
        <source>Give her a &amp;bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="94"/>
        <source>Bed boar&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="108"/>
        <source>&amp;Waiting for a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="110"/>
        <source>Everyone here has a bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="170"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="208"/>
        <source>1 bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="208"/>
        <source>{n} beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="209"/>
        <source>{beds}: {taken} taken, {free} free, {held} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="217"/>
        <source>There are no rooms on the bed board yet. Press &quot;Rooms and beds…&quot; (Alt+R) to add each room of the house and how many beds it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="219"/>
        <source>There are no rooms on the bed board yet. Please ask a house manager to add the rooms and beds of the house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="222"/>
        <source>Every bed is out of use. Press &quot;Rooms and beds…&quot; (Alt+R) to put beds back into use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="223"/>
        <source>Every bed is out of use. Please ask a house manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="267"/>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="315"/>
        <source>{name} is in {bed} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="278"/>
        <source>{name} moved to {bed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="288"/>
        <source>{bed} is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="300"/>
        <source>The hold on {bed} is released; the bed is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="509"/>
        <source>Cancel a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="510"/>
        <source>{alias} no longer needs: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="511"/>
        <source>Cancel the &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="511"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="513"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="514"/>
        <source>Keep the request on the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="515"/>
        <source>Asked for on {day}. The request is kept in the list of all requests, marked as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="517"/>
        <source>e.g. she found one, she left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="519"/>
        <source>Rea&amp;son (may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseworkDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="101"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="102"/>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassword</name>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="21"/>
        <source>Strength: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="14"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="38"/>
        <source>Choose a new password. A short sentence of a few unrelated words is easy to remember and hard to guess. Use at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="56"/>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="76"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="103"/>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="123"/>
        <source>S&amp;how the passwords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="54"/>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="58"/>
        <source>Choose your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="61"/>
        <source>Welcome, {name}. You signed in with a temporary password. Choose your own password to go on: at least 12 characters; a short sentence of a few unrelated words works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="66"/>
        <source>&amp;Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="67"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="93"/>
        <source>Please type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="95"/>
        <source>Please type a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="98"/>
        <source>The two new passwords are not the same. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="94"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="169"/>
        <source>Persons served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="170"/>
        <source>Households with children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="171"/>
        <source>Intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="172"/>
        <source>Exits by destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="173"/>
        <source>Length of stay of those who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="174"/>
        <source>Age at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="175"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="176"/>
        <source>Stays by program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="177"/>
        <source>Services and goals by kind and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="178"/>
        <source>Meals served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="179"/>
        <source>Clothing and supplies handed out (items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="180"/>
        <source>Appointments by kind and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="181"/>
        <source>Safety plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="182"/>
        <source>Incidents by kind and severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="185"/>
        <source>Counted by records deleted under the retention rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="311"/>
        <source>What is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="312"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="313"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="314"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsTab</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="345"/>
        <source>&amp;From month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="345"/>
        <source>&amp;To month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="349"/>
        <source>5 (usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="350"/>
        <source>11 (PCORnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="352"/>
        <source>&amp;Hide counts under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="355"/>
        <source>Last &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="355"/>
        <source>This y&amp;ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="356"/>
        <source>Last &amp;quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="356"/>
        <source>Last &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="361"/>
        <source>&amp;Show the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="363"/>
        <source>Save CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="364"/>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="377"/>
        <source>What the file will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="418"/>
        <source>Choose the months, then Show the counts: the table shows exactly what the file will hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="430"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="443"/>
        <source>{period}: {rows} rows. A count from 1 to {small} shows as &lt;{k}; * hides another count so that a small one cannot be worked out from a total. No names, birth dates, exact dates or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="450"/>
        <source>The counts were not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="456"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="456"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="458"/>
        <source>Save the anonymized counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="468"/>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="475"/>
        <source>The counts were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="476"/>
        <source>The file could not be saved in {folder} ({reason}). Nothing was saved there. Please choose another folder, such as Documents or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="480"/>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="182"/>
        <source>year-month-day (may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="182"/>
        <source>year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="184"/>
        <source>e.g. {example} (may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="185"/>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="173"/>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="174"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectorPage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="135"/>
        <source>&amp;Set up Shelter Desk &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="370"/>
        <source>Shelter Desk is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="371"/>
        <source>You are signed in as the director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="374"/>
        <source>What to do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="376"/>
        <source>1. &lt;b&gt;Add your staff&lt;/b&gt; in Admin → Staff accounts. Each person gets a temporary password, shown once; they choose their own the first time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="379"/>
        <source>2. &lt;b&gt;Lock the Recovery Sheet away.&lt;/b&gt; If it is ever lost, make a new one in Admin → Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="382"/>
        <source>3. &lt;b&gt;Press Ctrl+L to lock the screen&lt;/b&gt; whenever you step away. Shelter Desk also locks by itself after a few minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDetailsDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="260"/>
        <source>Edit her details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="261"/>
        <source>Details of {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="261"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="117"/>
        <source>Left the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="118"/>
        <source>{alias} ({bed}) left the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="119"/>
        <source>{alias} left the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="120"/>
        <source>Record that she &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="123"/>
        <source>Her stay since {day} ends; her bed becomes free. Her record and earlier stays are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="125"/>
        <source>Her stay since {day} ends. Her record and earlier stays are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitForm</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="79"/>
        <source>Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="82"/>
        <source>The day she left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="83"/>
        <source>The &amp;day she left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="85"/>
        <source>Choose where she went…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="86"/>
        <source>Where she went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="87"/>
        <source>&amp;Where she went *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="88"/>
        <source>Where she is staying tonight. Type the first letters to jump in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="90"/>
        <source>e.g. moved in with her sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="91"/>
        <source>&amp;Reason, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="130"/>
        <source>Follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="131"/>
        <source>What needs doing next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="132"/>
        <source>&amp;Save the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="137"/>
        <source>The task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="138"/>
        <source>e.g. Call the locksmith about the back door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="140"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="142"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="148"/>
        <source>Wh&amp;o does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="151"/>
        <source>&amp;Due by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsDueModel</name>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="90"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="91"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="92"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="93"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="109"/>
        <source>Overdue since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="111"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="116"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="117"/>
        <source>#{n} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="120"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="122"/>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="124"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="125"/>
        <source>{day} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="130"/>
        <source>Save ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="134"/>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="137"/>
        <source>Ctrl+Enter saves · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="138"/>
        <source>Enter saves · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="54"/>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="55"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiveBedDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="291"/>
        <source>{name} — waiting for a bed since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="298"/>
        <source>{name} — now in {bed} (moves her)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="302"/>
        <source>Who sleeps in {bed}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="304"/>
        <source>It is held: {hold}. Giving it ends the hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="306"/>
        <source>Give this bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="308"/>
        <source>&amp;Find her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="309"/>
        <source>&amp;Residents here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="311"/>
        <source>Nobody is staying here now. Do the intake first (Residents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="312"/>
        <source>&amp;Give the bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="261"/>
        <source>Change a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="261"/>
        <source>Add a goal or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="269"/>
        <source>For example: GED classes at the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="271"/>
        <source>&amp;Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="274"/>
        <source>&amp;Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="282"/>
        <source>Has a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="283"/>
        <source>Has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="285"/>
        <source>&amp;Goal or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="286"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="287"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="290"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="303"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="304"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="305"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="306"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="307"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="308"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="338"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="345"/>
        <source>The chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="346"/>
        <source>&amp;Add a goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="347"/>
        <source>Change this g&amp;oal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="348"/>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="378"/>
        <source>Goal or service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="348"/>
        <source>Hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="349"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="451"/>
        <source>Hand out to {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="350"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="452"/>
        <source>Hand something out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="351"/>
        <source>What she is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="351"/>
        <source>H&amp;and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="359"/>
        <source>Asked for on {day} · {urgency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="362"/>
        <source>Her note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="363"/>
        <source>Check the size and how many, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="367"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="369"/>
        <source>For things given without a request, too: a pantry bag or baby formula is the Food kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="372"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="376"/>
        <source>&amp;Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="379"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="380"/>
        <source>e.g. Pantry bag, Winter coat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="383"/>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="384"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="401"/>
        <source>may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="387"/>
        <source>Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="397"/>
        <source>H&amp;ow many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="400"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="403"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="404"/>
        <source>e.g. the count was wrong, there were more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="406"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="436"/>
        <source>Not on the stock list: no count changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="438"/>
        <source>Only {n} in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="439"/>
        <source>None in stock, says the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="442"/>
        <source>{n} in stock; {left} left after this (low).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="445"/>
        <source>{n} in stock; {left} left after this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="181"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="182"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="183"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="184"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="185"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="186"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="187"/>
        <source>Handed out by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="188"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="211"/>
        <source>She had asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="68"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="69"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="111"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="112"/>
        <source>Change history of {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="117"/>
        <source>Every change to this record, newest first: when, who made it, and what it was before and after. Legal names are never shown here, only that one changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="122"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="128"/>
        <source>Nothing has been changed since the intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="131"/>
        <source>The chosen change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="158"/>
        <source>Stay from {day}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="159"/>
        <source>A stay: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="161"/>
        <source>Someone staying with her: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="164"/>
        <source>Case note of {day}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="165"/>
        <source>A case note: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="168"/>
        <source>Goal &quot;{goal}&quot;: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="169"/>
        <source>A goal: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="176"/>
        <source>(not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="178"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="190"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="191"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="192"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="193"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="193"/>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="194"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="194"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="87"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="88"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="89"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="90"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="91"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="329"/>
        <source>Hold this bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="330"/>
        <source>Keep {bed} free for someone who is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="336"/>
        <source>e.g. mother and 2 children, referred by the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="337"/>
        <source>&amp;Held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="339"/>
        <source>A few words are enough. Do not type her full name: everyone at the desk can read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="343"/>
        <source>&amp;Until a certain day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="347"/>
        <source>Last day of the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="354"/>
        <source>After this day the bed shows as free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="359"/>
        <source>&amp;Hold the bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="164"/>
        <source>Children and family staying with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="167"/>
        <source>No one is staying with her. If she has children or family with her, add each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="170"/>
        <source>&amp;Add someone staying with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="171"/>
        <source>Adds a line (Insert in the table). Delete removes the chosen line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="173"/>
        <source>Type in a cell to change it; Tab moves on; Delete removes the chosen line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTable</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="108"/>
        <source>First name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="108"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="109"/>
        <source>Child or other family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="78"/>
        <source>Write the facts: what you saw and heard, who did what, in the order it happened. Leave out opinions, guesses and labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="136"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="137"/>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="430"/>
        <source>A new incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="138"/>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="437"/>
        <source>&amp;Record the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="180"/>
        <source>What and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="182"/>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="191"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="188"/>
        <source>&amp;Kind of incident *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="194"/>
        <source>How &amp;serious *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="197"/>
        <source>e.g. 02:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="200"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="201"/>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="209"/>
        <source>&amp;When *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="214"/>
        <source>Wh&amp;ere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="215"/>
        <source>e.g. kitchen, front steps, bus stop on the corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="217"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="221"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="223"/>
        <source>People in the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="229"/>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="231"/>
        <source>A resident, a child, a staff member or someone described (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="233"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="235"/>
        <source>Take the chosen person off the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="245"/>
        <source>W&amp;ho was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="247"/>
        <source>Other people by description only, never by name. Witnesses are added here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="251"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="256"/>
        <source>&amp;Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="257"/>
        <source>&amp;During *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="258"/>
        <source>A&amp;fter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="263"/>
        <source>Injuries, damage and what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="268"/>
        <source>&amp;Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="269"/>
        <source>Medical res&amp;ponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="270"/>
        <source>Property &amp;damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="271"/>
        <source>Done at on&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="276"/>
        <source>Calls and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="277"/>
        <source>Po&amp;lice called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="278"/>
        <source>Ambulance (&amp;EMS) called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="284"/>
        <source>the police or EMS report number, if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="286"/>
        <source>Report &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="287"/>
        <source>A &amp;mandatory report was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="288"/>
        <source>to whom, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="290"/>
        <source>Super&amp;visor told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="291"/>
        <source>who, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="302"/>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="304"/>
        <source>Follow-up tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="311"/>
        <source>Add a &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="312"/>
        <source>Mar&amp;k done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="321"/>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="325"/>
        <source>Review, sign-off and amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="332"/>
        <source>Si&amp;gn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="333"/>
        <source>Re-&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="334"/>
        <source>Add an amen&amp;dment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="335"/>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="336"/>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="337"/>
        <source>Throw away this dra&amp;ft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="432"/>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="569"/>
        <source>Incident #{n} (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="434"/>
        <source>Incident #{n} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="439"/>
        <source>Saved as a draft as you type, inside the protected vault: nothing is lost if the screen locks. Record it when it is complete (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="442"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="443"/>
        <source>Recorded by {who} on {when}. Waiting for a house manager to sign it off; it can still be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="447"/>
        <source>Signed off by {who} on {when}: locked. Add an amendment to add to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="451"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="451"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="467"/>
        <source>Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="468"/>
        <source>Ctrl+Enter records · Esc closes (the draft is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="469"/>
        <source>Ctrl+Enter saves · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="475"/>
        <source>Not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="481"/>
        <source>&lt;b&gt;Signed off&lt;/b&gt; by {who} on {when}. Outcome: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="484"/>
        <source>&lt;b&gt;Re-opened&lt;/b&gt; by {who} on {when}. Why: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="487"/>
        <source>Notes: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="489"/>
        <source>&lt;b&gt;Amendment {n}&lt;/b&gt;, {when}, by {who}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="493"/>
        <source>Not signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="566"/>
        <source>Draft saved at {time}, inside the protected vault. Record it when it is complete (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="662"/>
        <source>The task was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="679"/>
        <source>That task is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="687"/>
        <source>The task is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="708"/>
        <source>Save your changes first (Ctrl+Enter), then sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="714"/>
        <source>The incident is signed off and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="715"/>
        <source>The incident is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="716"/>
        <source>The amendment was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="731"/>
        <source>Throw away the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="732"/>
        <source>Throw away this draft? It was never recorded; it will be gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="758"/>
        <source>Record the incident before printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="761"/>
        <source>Save your changes first (Ctrl+Enter): the paper shows the incident as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="777"/>
        <source>Preparing the incident report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="802"/>
        <source>Incident report #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="806"/>
        <source>The incident report was sent to the printer. Collect it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="809"/>
        <source>Incident {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="811"/>
        <source>The incident report was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="826"/>
        <source>Your changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentFollowUps</name>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="105"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="106"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="107"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="108"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentFollowUpsSection</name>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="37"/>
        <source>Incident follow-up tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="38"/>
        <source>Press Enter or double-click to open the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="99"/>
        <source>No follow-up task is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="101"/>
        <source>{overdue} of {n} follow-up tasks are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="103"/>
        <source>1 follow-up task is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="104"/>
        <source>{n} follow-up tasks are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="106"/>
        <source>1 incident waits for sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="107"/>
        <source>{n} incidents wait for sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="116"/>
        <source>And {n} more: see Incidents (Ctrl+8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_incidents.py" line="135"/>
        <source>Incident follow-ups (Ctrl+8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentKindNameDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="302"/>
        <source>e.g. Missed curfew, Drone seen over the garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="304"/>
        <source>Add a kind of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="305"/>
        <source>A new kind of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="306"/>
        <source>&amp;Add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="308"/>
        <source>Rename a kind of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="309"/>
        <source>Rename {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentKindsDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="351"/>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="355"/>
        <source>Kinds of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="353"/>
        <source>The kinds of incident staff choose from, in this order. A kind no longer used leaves the choices; incidents already recorded keep it, and it can be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="356"/>
        <source>K&amp;inds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="357"/>
        <source>&amp;Add a kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="358"/>
        <source>No longer &amp;used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="374"/>
        <source>{name} was added to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="375"/>
        <source>{name} is now called {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="376"/>
        <source>{name} moved up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="377"/>
        <source>{name} moved down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="378"/>
        <source>{name} can be chosen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="379"/>
        <source>{name} is no longer offered. Incidents already recorded keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentKindsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="331"/>
        <source>Kind of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="332"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="339"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="339"/>
        <source>No longer used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPeople</name>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="86"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="87"/>
        <source>Is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="88"/>
        <source>Part in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTypes</name>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="41"/>
        <source>Conflict between residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="42"/>
        <source>Medical emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="43"/>
        <source>Person to watch for seen near the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="44"/>
        <source>Trespass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="45"/>
        <source>Threat or contact from a trafficker or abuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="46"/>
        <source>Self-harm concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="47"/>
        <source>Property damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="48"/>
        <source>Theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="49"/>
        <source>Rule breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="50"/>
        <source>Child safety concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="51"/>
        <source>Police contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="52"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentWords</name>
    <message>
        <location filename="../../shelter_desk/gui/incident_words.py" line="45"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_words.py" line="46"/>
        <source>Waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_words.py" line="47"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_words.py" line="68"/>
        <source>{day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="26"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="27"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="28"/>
        <source>How serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="29"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="30"/>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="31"/>
        <source>Tasks open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="32"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="39"/>
        <source>Her part in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="53"/>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incidents_model.py" line="64"/>
        <source>{n} ({late} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="44"/>
        <source>Incidents: record a new incident (the time is set to now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="45"/>
        <source>Incidents: open the chosen incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="46"/>
        <source>Incident: record it, or save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="47"/>
        <source>Incident: add / take off a person (in the list of people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="48"/>
        <source>Incident: print it (aliases only unless you choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="67"/>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="116"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="73"/>
        <source>&amp;New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="75"/>
        <source>Record an incident now ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="79"/>
        <source>&amp;Kinds of incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="94"/>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="98"/>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="188"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="102"/>
        <source>Anyone (type part of her name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="129"/>
        <source>&amp;Open the incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="140"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="140"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="141"/>
        <source>K&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="141"/>
        <source>&amp;How serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="142"/>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="142"/>
        <source>Re&amp;sident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="161"/>
        <source>Ctrl+N records a new incident · Enter opens the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="250"/>
        <source>{waiting} waiting for sign-off · {drafts} drafts · {tasks} tasks open ({overdue} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="257"/>
        <source>No incident matches these choices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_incidents_tab.py" line="43"/>
        <source>Her incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_incidents_tab.py" line="50"/>
        <source>Open the incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_incidents_tab.py" line="52"/>
        <source>Record an incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_incidents_tab.py" line="64"/>
        <source>Her part in each incident is shown to house managers and directors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_incidents_tab.py" line="86"/>
        <source>No incident names her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_incidents_tab.py" line="87"/>
        <source>1 incident names her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_incidents_tab.py" line="88"/>
        <source>{n} incidents name her.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="126"/>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="218"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="126"/>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="219"/>
        <source>Take in a new resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="127"/>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="220"/>
        <source>Take her in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="133"/>
        <source>Only her preferred name or alias is needed now; everything else can be added later. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="153"/>
        <source>Not her: take in someone &amp;new instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="201"/>
        <source>&lt;b&gt;{alias} is back.&lt;/b&gt; This starts a new stay for her; her earlier stays are kept. Her own details stay as they were: change them later with Edit details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="204"/>
        <source>Fill in this stay: the day she came back, her program and bed, and who is with her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="205"/>
        <source>She is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="206"/>
        <source>Take {alias} back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="207"/>
        <source>Take her back in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <location filename="../../ui/keyboard_shortcuts.ui" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_shortcuts.ui" line="32"/>
        <source>Everything in Shelter Desk can be done with the keyboard. These keys work anywhere in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_shortcuts.ui" line="64"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_shortcuts.ui" line="69"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindNameDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="738"/>
        <source>Add a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="738"/>
        <source>Rename a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="739"/>
        <source>A new kind of supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="740"/>
        <source>Rename: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="741"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="741"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="742"/>
        <source>The kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="745"/>
        <source>e.g. School supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="748"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="316"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="317"/>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="330"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="330"/>
        <source>Out of use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="181"/>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="183"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="185"/>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="186"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="187"/>
        <source>&amp;About Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="188"/>
        <source>&amp;Move to a new computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="196"/>
        <source>&amp;My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="210"/>
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="213"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="213"/>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="262"/>
        <source>The vault&apos;s key file was changed outside Shelter Desk since it was last used. It has been sealed again. If nobody here changed it, the audit trail has a note about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="266"/>
        <source>A change of the data key that was interrupted has now been finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="269"/>
        <source>A change of the data key that was interrupted has been undone. The earlier passwords and recovery code still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="274"/>
        <source>Shelter Desk updated the vault for this version, after making a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="292"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="294"/>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="295"/>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="296"/>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="297"/>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="298"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="300"/>
        <source>Safety plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="302"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="306"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="313"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="391"/>
        <source>You have been signed in for 12 hours. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="402"/>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="422"/>
        <source>Making the automatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="431"/>
        <source>The automatic backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="439"/>
        <source>Restore from a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="440"/>
        <source>Everyone is signed out and the vault is closed. If the restore goes ahead, the vault now in use is moved aside (not deleted) and the backup takes its place. Records added since the backup was made are not in it.

Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="465"/>
        <source>The backup was restored. Sign in with the recovery code or a director&apos;s password to choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="485"/>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="493"/>
        <source>Lock the screen now (do this whenever you step away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="494"/>
        <source>Sign out and close Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="495"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="499"/>
        <source>Go to {screen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="501"/>
        <source>Ctrl+1, Ctrl+2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="501"/>
        <source>Go to the screens in the list on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="504"/>
        <source>Residents: search by name or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="505"/>
        <source>Residents: take in a new resident (intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="506"/>
        <source>Residents: open the chosen resident&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="507"/>
        <source>Esc / Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="507"/>
        <source>Residents: close the file and go back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="508"/>
        <source>Save an intake, a case note or a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="509"/>
        <source>Beds: give the chosen bed to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="510"/>
        <source>Beds: move her to another bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="511"/>
        <source>Beds: hold the chosen bed for someone expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="512"/>
        <source>Beds: release the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="513"/>
        <source>Beds: open the file of the person in the chosen bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="524"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="524"/>
        <source>Move to the next / previous field or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="525"/>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="525"/>
        <source>Choose in a list, such as the screens on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="506"/>
        <location filename="../../shelter_desk/gui/main_window.py" line="526"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="526"/>
        <source>Press the highlighted button (Sign in, OK, Next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="527"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="527"/>
        <source>Close a window without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="528"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="528"/>
        <source>Press the button or tick the box that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="529"/>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="529"/>
        <source>Go to that field, press that button or open that menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="530"/>
        <source>Next tab (for example in Admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="531"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MealKindsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="49"/>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="50"/>
        <source>On the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="63"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="63"/>
        <source>No longer served</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MealListDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="142"/>
        <source>The list of meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="144"/>
        <source>The meals on the roster, in this order. A meal that is no longer served leaves the roster; what was marked before stays counted, and it can be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="148"/>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="153"/>
        <source>M&amp;eals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="156"/>
        <source>&amp;Add a meal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="157"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="158"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="159"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="160"/>
        <source>No longer &amp;served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="161"/>
        <source>&amp;Bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="176"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="207"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="226"/>
        <source>{name} was added to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="227"/>
        <source>{name} is now called {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="228"/>
        <source>{name} moved up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="229"/>
        <source>{name} moved down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="230"/>
        <source>{name} is back on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="231"/>
        <source>{name} is no longer on the roster. Earlier marks stay counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MealNameDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="79"/>
        <source>Add a meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="80"/>
        <source>A new meal for the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="81"/>
        <source>&amp;Add the meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="83"/>
        <source>Rename a meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="84"/>
        <source>Rename {meal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="85"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="90"/>
        <source>e.g. Snack, Sunday brunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="97"/>
        <source>&amp;Name of the meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meal_dialogs.py" line="102"/>
        <source>It is added at the end of the list; move it up or down afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MealRoster</name>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="49"/>
        <source>1 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="50"/>
        <source>{n} residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="56"/>
        <source>{meal}: nobody marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="59"/>
        <source>1 child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="61"/>
        <source>{n} children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="63"/>
        <source>1 guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="65"/>
        <source>{n} guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="67"/>
        <source>1 guest&apos;s child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="69"/>
        <source>{n} guests&apos; children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="70"/>
        <source>{meal}: {parts} = {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="79"/>
        <source>Nobody was staying here on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="80"/>
        <source>Nobody is expected to be staying here on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="82"/>
        <source>Expected at each meal: {expected} ({residents})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="84"/>
        <source>1 child or family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="85"/>
        <source>{n} children or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="86"/>
        <source>Expected at each meal: {expected} ({residents} + {family})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="94"/>
        <source>{meal} (no longer served)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="103"/>
        <source>Room and bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="104"/>
        <source>With her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="105"/>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="106"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MealsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="91"/>
        <source>Meals: mark or unmark the chosen meal and go down a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="93"/>
        <source>Meals: mark or unmark the first, second, third… meal for her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="94"/>
        <source>Meals: one more / one fewer of her household ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="95"/>
        <source>Meals: open her file (on her name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="96"/>
        <source>Meals: the day before / the day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="97"/>
        <source>Meals: back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="98"/>
        <source>Meals: mark everyone here for the chosen meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="99"/>
        <source>Meals: the guests / the guests&apos; children of the chosen meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="101"/>
        <source>Meals: print the Kitchen Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="102"/>
        <source>Meals: save the Kitchen Sheet as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="282"/>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="284"/>
        <source>◀ Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="285"/>
        <source>Next day ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="286"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="288"/>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="289"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="323"/>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="324"/>
        <source>Guests&apos; children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="333"/>
        <source>Meal roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="341"/>
        <source>&amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="345"/>
        <source>Space: mark the chosen meal and go down · 1, 2, 3: a meal on her line · + / −: her household · Enter on her name: her file · type a name to find her · Alt+G: guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="365"/>
        <source>&amp;Print the Kitchen Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="366"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="367"/>
        <source>Show r&amp;ooms instead of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="369"/>
        <source>On the Kitchen Sheet, list dietary needs by room, without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="370"/>
        <source>Change the &amp;list of meals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="382"/>
        <source>The day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="383"/>
        <source>The day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="384"/>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="440"/>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="989"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="477"/>
        <source>It is past midnight: the roster now shows {day}. Press the key again to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="504"/>
        <source>{weekday}, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="506"/>
        <source>{weekday}, yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="508"/>
        <source>{weekday}, tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="516"/>
        <source>{day} has not come yet. This is who is expected to be here; meals can be marked on the day itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="519"/>
        <source>You are looking at a past day, {day}. What you mark here corrects that day&apos;s count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="522"/>
        <source>Your account can see the meal roster but not mark meals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="589"/>
        <source>There is nobody on the roster for this day. Alt+Left and Alt+Right go to the day before and the day after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="708"/>
        <source>It is past midnight: the roster now shows {day}. Type the number of guests again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="728"/>
        <source>Meals cannot be marked for a day that has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="731"/>
        <source>Your account is not allowed to record meals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="747"/>
        <source>Choose a meal column first (the arrow keys), or press 1, 2, 3… on her line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="758"/>
        <source>There is no meal number {n}; the list has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="773"/>
        <source>{meal} marked for {alias}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="773"/>
        <source>{meal} unmarked for {alias}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="786"/>
        <source>Choose a meal column first: + and − change how many of her household ate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="793"/>
        <source>Mark {meal} for {alias} first (Space); then + and − say how many of her household ate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="798"/>
        <source>Nobody from her household is counted at {meal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="802"/>
        <source>Nobody from her household is staying here with her. Count visitors as guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="804"/>
        <source>All {n} of her household are counted already. Count visitors as guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="814"/>
        <source>{alias} at {meal}: with {n} of her household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="816"/>
        <source>{alias} at {meal}: on her own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="834"/>
        <source>Everyone here was already marked for {meal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="836"/>
        <source>{meal} marked for 1 more resident. Press Space on anyone who did not eat to unmark her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="838"/>
        <source>{meal} marked for {n} more residents. Press Space on anyone who did not eat to unmark her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="854"/>
        <source>Mark e&amp;veryone for {meal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="855"/>
        <source>Mark e&amp;veryone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="858"/>
        <source>Mark the meal of the chosen column for everyone here not marked yet. Anyone who did not eat can be unmarked with Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="894"/>
        <source>Preparing the Kitchen Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="922"/>
        <source>Kitchen Sheet {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="926"/>
        <source>The Kitchen Sheet was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="931"/>
        <source>The Kitchen Sheet was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="975"/>
        <source>Guests at {meal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="977"/>
        <source>Guests&apos; children at {meal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="1008"/>
        <source>no longer on the list of meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="1012"/>
        <source>everyone here is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="1014"/>
        <source>1 not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="1015"/>
        <source>{n} not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="64"/>
        <source>Merge a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="65"/>
        <source>Merge a duplicate into the record of {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="68"/>
        <source>Use this when two records were made by mistake for the same person. Find the other record; everything in it (stays, case notes, goals and their history) moves into the record of {alias}, which is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="74"/>
        <source>Type part of a name or a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="76"/>
        <source>&amp;Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="79"/>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="87"/>
        <source>The record kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="88"/>
        <source>The duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="90"/>
        <source>Kept: this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="91"/>
        <source>Merged into it: the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="108"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="168"/>
        <source>Both records have a stay going on now. Record that she left on one of them before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="171"/>
        <source>Choose the other record in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="176"/>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="182"/>
        <source>here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="177"/>
        <source>Stay {start} – {end} · {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="183"/>
        <source>Latest stay {start} – {end} · {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="198"/>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="199"/>
        <source>Merge the record of {other} into the record of {kept}?

Her stays, case notes and goals move into the record of {kept}; details missing there are taken from the other record. The other record will no longer appear in the list. This cannot be undone in Shelter Desk. Only merge records of the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="205"/>
        <source>&amp;Merge the records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="257"/>
        <source>Move to another bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="258"/>
        <source>{name} is in {bed} now. Choose her new bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="259"/>
        <source>&amp;Move her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="261"/>
        <source>Give her a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="262"/>
        <source>{name} has no bed yet. Choose a bed for her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="263"/>
        <source>&amp;Give the bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="266"/>
        <source>&amp;Find a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="267"/>
        <source>&amp;Free beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="269"/>
        <source>No bed is free. A house manager can add beds in Rooms and beds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveGuideDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="11"/>
        <source>Move to a new computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="25"/>
        <source>&lt;b&gt;On the old computer&lt;/b&gt;, sign in as a director, go to Admin → Backups and press &lt;b&gt;Back up now&lt;/b&gt;. Choose the USB stick. Wait until it says the backup was written and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="28"/>
        <source>Take the &lt;b&gt;Recovery Sheet&lt;/b&gt; out of the safe. On a new computer the director passwords do not work at first (they are tied to the old computer, on purpose): the recovery code opens the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="31"/>
        <source>&lt;b&gt;On the new computer&lt;/b&gt;, install Shelter Desk and start it. When it asks to set up a new shelter, press &lt;b&gt;Restore from a backup instead&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="33"/>
        <source>Choose the backup file on the USB stick, choose &lt;b&gt;With the recovery code&lt;/b&gt; and type the code from the sheet. Shelter Desk checks the backup completely before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="35"/>
        <source>Choose a &lt;b&gt;new password&lt;/b&gt; for your director account. From now on it works on the new computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="37"/>
        <source>In Admin → Staff accounts, give every other staff member a &lt;b&gt;new temporary password&lt;/b&gt; (Reset password). They choose their own when they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="39"/>
        <source>Make a &lt;b&gt;new Recovery Sheet&lt;/b&gt; in Admin → Security if the old one was used or seen, and put it in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="41"/>
        <source>When everything works on the new computer, &lt;b&gt;wipe the old computer&apos;s disk&lt;/b&gt; before it is given away or thrown out. Until then, keep it switched off and locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="46"/>
        <source>If the old computer is broken, use the newest backup on a USB stick. A backup made before the data key was changed needs the Recovery Sheet from that time. If a backup is damaged, try an older one: nothing is changed until a backup has passed every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/move_guide.py" line="49"/>
        <source>Moving Shelter Desk to a new computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsSections</name>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="168"/>
        <source>Appoin&amp;tments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="168"/>
        <source>No appointments today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="170"/>
        <source>Tomorrow m&amp;orning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="171"/>
        <source>No appointments tomorrow morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="184"/>
        <source>Appointments and rides (Ctrl+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="185"/>
        <source>Meals today (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="186"/>
        <source>Clothing and supplies (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="218"/>
        <source>1 past appointment still needs to be settled: did she go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="219"/>
        <source>{n} past appointments still need to be settled: did they go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="229"/>
        <source>No meals are on the list. A house manager can add them on the Meals screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="233"/>
        <source>{meal}: {n} eaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="235"/>
        <source>{meal}: not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="237"/>
        <source>The kitchen cooks for {n} today (residents here and their children).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="245"/>
        <source>Handed out today: {items} to {people}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="246"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="247"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="248"/>
        <source>1 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="249"/>
        <source>{n} residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="251"/>
        <source>Nothing handed out yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="253"/>
        <source>No requests are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="255"/>
        <source>1 request is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="257"/>
        <source>{n} requests are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="265"/>
        <source>{kind}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="267"/>
        <source>Urgent requests (see Supplies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="273"/>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="269"/>
        <source>{item} ({n} left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="269"/>
        <source>{item} {size} ({n} left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="275"/>
        <source>Low in stock:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="134"/>
        <source>Her appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="141"/>
        <source>Her clothing and supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="149"/>
        <source>Re&amp;quest supplies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="147"/>
        <source>Book an &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="148"/>
        <source>Record how &amp;it went…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="150"/>
        <source>Hand &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="151"/>
        <source>Hand out the chosen request, or something she did not ask for (food, a hygiene kit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="161"/>
        <source>No appointments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="162"/>
        <source>Nothing asked for or handed out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="180"/>
        <source>Appointments and rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="186"/>
        <source>Clothing and supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="209"/>
        <source>Waiting ({urgency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="212"/>
        <source>Handed out by {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="90"/>
        <source>New safety-plan template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="91"/>
        <source>A new safety-plan template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="91"/>
        <source>Make the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="95"/>
        <source>For example a plan for a mother with children, or for a survivor of trafficking. Start from a copy of a template to keep what fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="98"/>
        <source>The template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="99"/>
        <source>e.g. Safety plan with children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="101"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="104"/>
        <source>An empty template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="106"/>
        <source>A copy of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="109"/>
        <source>&amp;Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="110"/>
        <source>What it is for (staff see this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="112"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="186"/>
        <source>Correct your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="186"/>
        <source>Write a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="197"/>
        <source>&amp;What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="198"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="199"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="201"/>
        <source>You can correct this note today. From tomorrow, a change is added as an amendment under it and the note stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="203"/>
        <source>Write what happened and what was agreed, in plain words. You can correct the note today; after today, changes are added as amendments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="156"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="157"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="158"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="159"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="173"/>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="194"/>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="199"/>
        <source>The chosen note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="200"/>
        <source>&amp;Write a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="201"/>
        <source>C&amp;orrect my note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="202"/>
        <source>You can correct a note you wrote, on the day you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="203"/>
        <source>Add an &amp;amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="204"/>
        <source>Adds a dated amendment under the note; the note stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="205"/>
        <source>No case notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="245"/>
        <source>{kind} note of {day}, written by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="249"/>
        <source>Amendment of {day}, written by {author}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="110"/>
        <source>Your &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="128"/>
        <source>Please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordWithStrength</name>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="53"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="55"/>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="64"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="78"/>
        <source>S&amp;how the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="127"/>
        <source>Strength: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="136"/>
        <source>At least 12 characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="142"/>
        <source>✓ The two passwords are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="144"/>
        <source>The two passwords are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="100"/>
        <source>{title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="66"/>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="34"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="35"/>
        <source>Who was in the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="36"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="40"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="45"/>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="50"/>
        <source>e.g. man in a grey jacket, tall, about 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="54"/>
        <source>{child} (child of {alias})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="62"/>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="86"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="64"/>
        <source>Describe someone who is not a resident, child or staff member: what they looked like, never a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="69"/>
        <source>&amp;Part in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="86"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="75"/>
        <source>About her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="76"/>
        <source>The name she wants to be called by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="77"/>
        <source>Preferred name or alias (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="78"/>
        <source>Preferred &amp;name or alias *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="83"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="84"/>
        <source>S&amp;how legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="85"/>
        <source>Showing a legal name is written in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="92"/>
        <source>&amp;Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="93"/>
        <source>Optional. Hidden everywhere: only a house manager or director can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="102"/>
        <source>Age known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="104"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="105"/>
        <source>e.g. 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="107"/>
        <source>Approximate age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="109"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="117"/>
        <source>&amp;Age known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="122"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="124"/>
        <source>Race and ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="125"/>
        <source>&amp;Gender (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="127"/>
        <source>&amp;Race and ethnicity (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="134"/>
        <source>Space ticks or clears the answer under the cursor. &quot;Doesn&apos;t know&quot;, &quot;prefers not to answer&quot; and &quot;not collected&quot; stand alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="138"/>
        <source>e.g. she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="139"/>
        <source>&amp;Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="141"/>
        <source>e.g. Spanish, some English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="142"/>
        <source>Needs an &amp;interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="147"/>
        <source>Lang&amp;uages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="151"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="152"/>
        <source>&amp;Do not confirm she is here (to callers or visitors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="158"/>
        <source>On for everyone unless she asks otherwise. Staff answer &quot;I can&apos;t confirm or deny who stays here.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="161"/>
        <source>Who: a description of the person (trafficker or abuser)
Vehicle: make, colour, plate
What to do: e.g. do not open the door, call 911</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="163"/>
        <source>Person to &amp;watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="164"/>
        <source>The front desk sees this on the Today board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="168"/>
        <source>Health and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="169"/>
        <source>Name and phone of someone she trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="170"/>
        <source>&amp;Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="172"/>
        <source>e.g. vegetarian, halal, diabetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="173"/>
        <source>Dietar&amp;y needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="175"/>
        <source>e.g. peanuts, penicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="176"/>
        <source>Allergie&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="179"/>
        <source>Only what staff need to know, e.g. medication times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="180"/>
        <source>&amp;Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="210"/>
        <source>Optional. No legal name is recorded yet. Once saved, only a house manager or director can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="217"/>
        <source>Recorded, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="218"/>
        <source>A legal name is recorded. Only a house manager or director can see or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="225"/>
        <source>A legal name is recorded. Showing it is written in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="240"/>
        <source>Shown for you (written in the audit trail). Change it here if it is wrong; empty it to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="128"/>
        <source>Add a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="128"/>
        <source>Change a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="129"/>
        <source>A new place for appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="130"/>
        <source>Change {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="131"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="86"/>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="87"/>
        <source>e.g. Riverside Health Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="89"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="91"/>
        <source>Street, number, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="93"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="97"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="99"/>
        <source>e.g. entrance at the back, ask for Room 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="101"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="103"/>
        <source>Only the name and address are printed on the day sheet for drivers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="21"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="22"/>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="23"/>
        <source>the Secret Service (GNOME Keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="26"/>
        <source>KWallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="27"/>
        <source>the Secret Service (libsecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="38"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="49"/>
        <source>Unlocking takes less than a tenth of a second on this computer (test settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="53"/>
        <source>Unlocking takes about {seconds} seconds on this computer, which makes guessing passwords very slow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="194"/>
        <source>Main concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="196"/>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="197"/>
        <source>&amp;Developed with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="202"/>
        <source>Days between reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="209"/>
        <source>Main &amp;concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="211"/>
        <source>&amp;Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="213"/>
        <source>Completed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="215"/>
        <source>Review ever&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="217"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="246"/>
        <source>Items of her plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="256"/>
        <source>Her &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="266"/>
        <source>Note for the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="267"/>
        <source>&amp;Note for the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="269"/>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="270"/>
        <source>Printed on her copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="277"/>
        <source>Enter: back to the list · Shift+Enter: a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="278"/>
        <source>For staff (not printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="304"/>
        <source>Record a &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="305"/>
        <source>&amp;Earlier versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="307"/>
        <source>&amp;Print for her…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="308"/>
        <source>Sa&amp;ve as PDF for her…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="309"/>
        <source>Re&amp;load the plan, keeping what I typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="380"/>
        <source>From the template “{template}” · made by {who} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="383"/>
        <source>Made by {who} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="388"/>
        <source>&amp;Add new template items ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="401"/>
        <source>Last review: {day} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="404"/>
        <source>No review yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="411"/>
        <source>Progress: {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="440"/>
        <source>No help text for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="542"/>
        <source>Save your changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="587"/>
        <source>The plan was read again with the other changes. What you typed is kept: check it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="600"/>
        <source>Your changes are not saved yet. Save them before recording the review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="614"/>
        <source>{notice} {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="616"/>
        <source>The review was recorded. {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="630"/>
        <source>Your changes are not saved yet. Save them before adding the new items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="642"/>
        <source>1 new item was added to her plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="643"/>
        <source>{n} new items were added to her plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="647"/>
        <source>Print her plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="648"/>
        <source>This paper is itself sensitive: it shows her plan. Give it only to her, never leave it at the desk, and do not print it where others collect printouts. Her notes on each item are printed; staff help is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="653"/>
        <source>Save her plan as a PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="175"/>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="660"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="176"/>
        <source>Safety plan for {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="177"/>
        <source>&amp;Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="258"/>
        <source>1 Not started · 2 In progress · 3 Done · 4 Not applicable · Space: the next state · Enter: the item&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="521"/>
        <source>{refusal} Or press “Reload the plan, keeping what I typed”: you will see the newer plan with your changes on top, to check and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="580"/>
        <source>The plan was read again. What you typed is kept, but one thing you changed was also changed by someone else (marked in the list if it is an item): check it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="583"/>
        <source>The plan was read again. What you typed is kept, but {n} things you changed were also changed by someone else (items are marked in the list): check them, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="654"/>
        <source>This file is itself sensitive: it shows her plan. A saved file is a copy outside the protected vault: save it only on her own USB stick or phone, never on this computer&apos;s Documents folder, and delete any copy left here. Her notes on each item are printed; staff help is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="666"/>
        <source>Your changes are not saved yet. Her copy shows the plan as saved. Save your changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="679"/>
        <source>Preparing her plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="709"/>
        <source>Her plan was sent to the printer. Give it to her yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="712"/>
        <source>Safety plan {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="715"/>
        <source>Her plan was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="45"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="46"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="47"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="48"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="49"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="267"/>
        <source>Someone else changed this item too while you worked on it. Yours is shown: check it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="271"/>
        <source>Changed here, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="292"/>
        <source>{state} (check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="313"/>
        <source>{title} ({done} of {counted} done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="334"/>
        <source>overdue by {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="336"/>
        <source>overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="338"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="340"/>
        <source>due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="341"/>
        <source>due in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="346"/>
        <source>Next review: {day} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="352"/>
        <source>{done} of {counted} items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="354"/>
        <source>1 does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_items_model.py" line="356"/>
        <source>{n} do not apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReviewsSection</name>
    <message>
        <location filename="../../shelter_desk/gui/today_plans.py" line="39"/>
        <source>Safety-plan reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_plans.py" line="104"/>
        <source>No safety-plan reviews are due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_plans.py" line="106"/>
        <source>1 review is due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_plans.py" line="107"/>
        <source>{n} reviews are due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_plans.py" line="109"/>
        <source>1 review is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_plans.py" line="110"/>
        <source>{n} reviews are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_plans.py" line="112"/>
        <source>{overdue} overdue, {soon} due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_plans.py" line="122"/>
        <source>And {n} more: see Safety plans (Ctrl+7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_plans.py" line="136"/>
        <source>Safety-plan reviews (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="109"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="109"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="111"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="112"/>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="113"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="114"/>
        <source>Open her safet&amp;y plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="115"/>
        <source>Open her plan to work through it with her (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="116"/>
        <source>Record a re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="119"/>
        <source>Latest reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="121"/>
        <source>Latest reviews of her plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="128"/>
        <source>No review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="133"/>
        <source>Make her safet&amp;y plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="220"/>
        <source>She has no safety plan yet. Make it with her: choose a template, then go through it together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="223"/>
        <source>She has no safety plan, and she is not staying here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="227"/>
        <source>{template} · made by {who} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="230"/>
        <source>By {who} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="237"/>
        <source>{day} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="240"/>
        <source>No review yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="241"/>
        <source>{day} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="131"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="132"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="137"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="134"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="135"/>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="136"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="133"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="156"/>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="164"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="178"/>
        <source>{progress} ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="190"/>
        <source>{progress} ({percent}%). Items marked not applicable are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="193"/>
        <source>Press Enter to make her plan from a template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="66"/>
        <source>Safety plans: open the chosen resident&apos;s plan, or make her one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="67"/>
        <source>Safety plans: open the file of the resident on the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="68"/>
        <source>Safety plans: show everyone, the reviews due, or who has no plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="69"/>
        <source>Safety plans: the templates (house managers and directors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="70"/>
        <source>Safety-plan template: move the chosen section or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="71"/>
        <source>Safety-plan template: add an item / a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="181"/>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="207"/>
        <source>Safety plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="187"/>
        <source>Templat&amp;es…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="189"/>
        <source>The templates new plans are made from: their sections and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="199"/>
        <source>Everyone here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="200"/>
        <source>Due this week or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="201"/>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="203"/>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="219"/>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="373"/>
        <source>Open her pla&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="221"/>
        <source>Open the chosen resident&apos;s plan, or make her one (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="223"/>
        <source>Open her f&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="225"/>
        <source>Open her file ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="239"/>
        <source>Enter opens her plan, or makes her one · Ctrl+O opens her file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="333"/>
        <source>Nobody is staying here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="334"/>
        <source>No reviews are overdue or due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="335"/>
        <source>Every resident here has a safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="372"/>
        <source>Make her a pla&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="396"/>
        <source>The plan of {alias} was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="431"/>
        <source>A safety plan was made for {alias} from the template {template}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="434"/>
        <source>A safety plan was made for {alias}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansText</name>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="55"/>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="61"/>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="62"/>
        <source>Overdue by {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="64"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="66"/>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="67"/>
        <source>Due in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="68"/>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="76"/>
        <source>No items to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="77"/>
        <source>{done} of {counted} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="98"/>
        <source>Nobody is staying here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="104"/>
        <source>1 review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="105"/>
        <source>{n} reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="107"/>
        <source>1 due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="108"/>
        <source>{n} due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="110"/>
        <source>1 resident without a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="111"/>
        <source>{n} residents without a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="113"/>
        <source>Every resident here has a plan, and no review is due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="116"/>
        <source>{before} · {more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="301"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="302"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="303"/>
        <source>1 section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="304"/>
        <source>{n} sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="305"/>
        <source>{items} in {sections}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="407"/>
        <source>(new item: type its words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="408"/>
        <source>(new section: type its title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="265"/>
        <source>Print the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="266"/>
        <source>Print the incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="267"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="268"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="272"/>
        <source>This paper is itself sensitive: it describes what happened and who was there. Print it only for the police, a funder&apos;s review or the file, never leave it at the desk, and shred copies no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="275"/>
        <source>A saved file is a copy outside the protected vault: save it only where it is kept safe (for example an encrypted USB stick), never in this computer&apos;s Documents folder, and delete copies no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="278"/>
        <source>Names on the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="279"/>
        <source>&amp;Aliases only (residents&apos; chosen names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="281"/>
        <source>&amp;Full names beside the aliases (for a police report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="287"/>
        <source>Only a house manager or director can print full names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="288"/>
        <source>I understand the paper is &amp;sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="302"/>
        <source>Tick &quot;I understand the paper is sensitive&quot; first (Alt+S).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="83"/>
        <location filename="../../shelter_desk/gui/printing.py" line="105"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="83"/>
        <source>This document could not be prepared for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="91"/>
        <source>Print: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="106"/>
        <source>The printer could not print this document. Check that it is switched on and has paper, then try again, or save the document as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="152"/>
        <location filename="../../shelter_desk/gui/printing.py" line="164"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="152"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="165"/>
        <source>The PDF could not be saved in {folder} ({reason}). Nothing was saved there. Please choose another folder, such as Documents or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="180"/>
        <source>A preview is not available on this computer. You can print or save it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="184"/>
        <source>Preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="188"/>
        <source>This document could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/printing.py" line="195"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="112"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="113"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="114"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="115"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="116"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="117"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="118"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="51"/>
        <source>Appointments and rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="55"/>
        <source>1 appointment, {rides} with a ride.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="57"/>
        <source>{n} appointments, {rides} with a ride.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="60"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="273"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="61"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="149"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="156"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="252"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="274"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="287"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="292"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="62"/>
        <source>Place and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="63"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="275"/>
        <source>Ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="64"/>
        <source>Escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="75"/>
        <source>No appointments are booked for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="78"/>
        <source>Only what drivers and escorts need is printed here. Keep this sheet with you, never leave it in the car, and shred it at the end of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="82"/>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="74"/>
        <source>{title} · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="90"/>
        <source>{start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="92"/>
        <source>{place}
{address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="95"/>
        <source>Needs a ride: {ride}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="96"/>
        <source>Needs a ride (nobody chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/day_sheet.py" line="98"/>
        <source>No ride needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="124"/>
        <source>{weekday} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="46"/>
        <source>Kitchen Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="48"/>
        <source>Kitchen Sheet: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="51"/>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="53"/>
        <source>Expected: everyone staying here that day, with the children and family members staying with them. Marked so far: residents and their household marked on the meal roster when this sheet was printed. Guests are counted without names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="58"/>
        <source>Dietary needs and allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="63"/>
        <source>1 person here has an allergy: check the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="64"/>
        <source>{n} people here have allergies: check the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="66"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="150"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="157"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="253"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="274"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="288"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="293"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="68"/>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="68"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="71"/>
        <source>Nobody staying here that day has dietary needs or allergies on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="81"/>
        <source>Nobody is staying here that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="82"/>
        <source>1 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="83"/>
        <source>{n} residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="85"/>
        <source>Cook for {expected}: {residents} here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="87"/>
        <source>1 child or family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="88"/>
        <source>{n} children or family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="89"/>
        <source>Cook for {expected}: {residents} here, with {family}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="97"/>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="98"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="99"/>
        <source>Residents marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="100"/>
        <source>Children marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="101"/>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="102"/>
        <source>Total so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="107"/>
        <source>There are no meals on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="114"/>
        <source>{n} + 1 child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/kitchen_sheet.py" line="115"/>
        <source>{n} + {children} children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="105"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="106"/>
        <source>Printed by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/pdf.py" line="107"/>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="31"/>
        <source>Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="34"/>
        <source>This sheet opens &lt;b&gt;{shelter}&lt;/b&gt;&apos;s Shelter Desk vault if every director password is forgotten, or on a new computer after the old one broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="39"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="46"/>
        <source>Letters and numbers only: 0 is zero, 1 is one. Dashes and capitals do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="50"/>
        <source>Keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="51"/>
        <source>Put this sheet in a sealed envelope in the office safe or another locked place that only the director can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="54"/>
        <source>Do not photograph it, scan it, email it or keep it on the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="56"/>
        <source>Anyone with this code and a copy of the vault can read every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="59"/>
        <source>How to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="60"/>
        <source>1. Start Shelter Desk and choose &lt;b&gt;Use the recovery code&lt;/b&gt; on the sign-in screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="63"/>
        <source>2. Type the code above, then choose a new password for a director account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="65"/>
        <source>3. The program records that the code was used. Then make a new Recovery Sheet (Admin → Security) and destroy this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/recovery_sheet.py" line="69"/>
        <source>Vault number: {number}   ·   Made by {who} on {day}. A newer sheet replaces this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="65"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="69"/>
        <source>Printed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="75"/>
        <source>Safety plan for {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="77"/>
        <source>This is your plan. Keep this paper where only you can find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="80"/>
        <source>Main concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="82"/>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="84"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="85"/>
        <source>We will go through this plan together again on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="88"/>
        <source>The parts of your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="92"/>
        <source>{title}: {done} of {counted} done (page {page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="96"/>
        <source>This plan has no items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="99"/>
        <source>☑ done  ·  ☐ still to do  ·  n/a: does not apply to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="152"/>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="106"/>
        <source>Not written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="117"/>
        <source>No items in this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="127"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="132"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/safety_plan.py" line="134"/>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="60"/>
        <source>Incident report #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="86"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="89"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="276"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="89"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="276"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="96"/>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="131"/>
        <source>Shows full names: keep it locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="148"/>
        <source>{place}: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="151"/>
        <location filename="../../shelter_desk/reports/incident.py" line="257"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="152"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="153"/>
        <source>Kind of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="154"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="155"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="156"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="157"/>
        <location filename="../../shelter_desk/reports/incident.py" line="245"/>
        <source>{who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="160"/>
        <source>The incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="164"/>
        <location filename="../../shelter_desk/reports/incident.py" line="218"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="319"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="164"/>
        <source>Part in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="165"/>
        <source>Name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="168"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="169"/>
        <source>No people recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="174"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="175"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="176"/>
        <source>During</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="177"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="184"/>
        <source>Injuries and medical response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="185"/>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="186"/>
        <source>Medical response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="188"/>
        <source>Property damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="189"/>
        <source>Immediate actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="198"/>
        <source>{answer}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="203"/>
        <source>Police called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="204"/>
        <source>EMS called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="207"/>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="209"/>
        <source>Mandatory report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="211"/>
        <source>Supervisor notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="214"/>
        <source>Police, EMS and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="218"/>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="219"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="219"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="223"/>
        <source>{date}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="228"/>
        <source>Not yet (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="230"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="231"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="233"/>
        <source>Follow-up tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="234"/>
        <source>No follow-up tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="239"/>
        <source>Review and sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="242"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="243"/>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="244"/>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="249"/>
        <source>Not signed off yet: this report may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="254"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="255"/>
        <source>Re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="257"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="253"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="318"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="258"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="319"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="259"/>
        <source>Outcome or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="260"/>
        <source>Sign-offs and re-openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="267"/>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="269"/>
        <source>No amendments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="271"/>
        <source>Added after sign-off, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="275"/>
        <source>Amendment {number}: {when}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/counts.py" line="21"/>
        <source>Anonymized counts, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/counts.py" line="35"/>
        <source>Counts only: no names, no dates of birth, no exact dates, no notes. A count from 1 to {small} is shown as &lt;{k}. A * hides a further count, so that a small count cannot be worked out from a total; it is {k} or more, or, where every part of a total is *, any number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/counts.py" line="40"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/counts.py" line="40"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/counts.py" line="41"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="45"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="45"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="46"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="46"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="47"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="47"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="48"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="53"/>
        <source>Weekly summary, {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="102"/>
        <source>Shows full names: keep it locked away and shred it after the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="105"/>
        <source>Residents are shown by full name and alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="106"/>
        <source>Residents are shown by the initials of their alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="107"/>
        <source>Residents are shown by alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="110"/>
        <source>This week is not over yet: the figures are those up to {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="114"/>
        <source>Nothing was recorded in this week: nobody stayed, and there were no meals, supplies, appointments, plan reviews or incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="135"/>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="136"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="334"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="351"/>
        <source>People here each night, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="137"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="336"/>
        <source>Beds used each night, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="138"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="151"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="338"/>
        <source>Intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="139"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="159"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="339"/>
        <source>Left the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="140"/>
        <source>Average stay of those who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="141"/>
        <source>{nights} nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="142"/>
        <source>Nobody left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="144"/>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="146"/>
        <source>Nightly occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="149"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="156"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="234"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="273"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="150"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="155"/>
        <source>No intakes this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="157"/>
        <source>Went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="158"/>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="163"/>
        <source>Nobody left this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="213"/>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="214"/>
        <source>Children and family with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="215"/>
        <source>Beds ({beds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="230"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="340"/>
        <source>Meals served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="233"/>
        <source>No meals were recorded this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="234"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="303"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="236"/>
        <source>The week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="240"/>
        <source>Plates served: residents, the children with them and guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="246"/>
        <source>Clothing and supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="247"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="275"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="302"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="247"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="341"/>
        <source>Items handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="248"/>
        <source>Hand-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="250"/>
        <source>Nothing was handed out this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="251"/>
        <source>Requests still waiting at the end of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="252"/>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="254"/>
        <source>How soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="258"/>
        <source>No requests waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="264"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="265"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="265"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="269"/>
        <source>&quot;Booked&quot; are appointments of this week not yet settled on the Appointments screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="272"/>
        <source>The coming week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="281"/>
        <source>No appointments booked for the coming week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="286"/>
        <source>Safety plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="287"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="289"/>
        <source>Reviewed this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="291"/>
        <source>No plan was reviewed this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="292"/>
        <source>Review was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="294"/>
        <source>Overdue for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="296"/>
        <source>No plan is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="301"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="345"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="312"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="316"/>
        <source>No incidents were recorded this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="317"/>
        <source>Follow-up tasks still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="318"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="320"/>
        <source>{day} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="324"/>
        <source>No follow-up task is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="331"/>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="332"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="364"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="342"/>
        <source>Appointments attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="344"/>
        <source>Appointments missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="348"/>
        <source>This week and the four before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="168"/>
        <source>Places for appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="170"/>
        <source>Clinics, offices, lawyers and courts where residents have appointments. A place that is no longer used can be retired: it leaves the booking list, and old appointments keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="174"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="182"/>
        <source>&amp;Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="184"/>
        <source>No places yet. Press &quot;Add a place…&quot; (Ctrl+N) to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="194"/>
        <source>You can add a place. Only a house manager or the director can change or retire one, because its address is printed on the drivers&apos; day sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="200"/>
        <source>&amp;Add a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="201"/>
        <source>Add a place (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="203"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="208"/>
        <source>Change the chosen place (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="205"/>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="272"/>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="209"/>
        <source>Take the chosen place off the booking list, or put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="211"/>
        <source>Only a house manager or the director can change or retire a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="271"/>
        <source>Put &amp;back in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="279"/>
        <source>Added. It is on the booking list now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="288"/>
        <source>Only a house manager or the director can change a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="293"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="308"/>
        <source>{name} is back on the booking list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="310"/>
        <source>{name} is retired: it is no longer offered for new appointments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="49"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="50"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="51"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="52"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="53"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="69"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/providers_dialog.py" line="69"/>
        <source>No (retired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="99"/>
        <source>Delete old records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="103"/>
        <source>Records are kept {years} years after the last stay ended. These {n} residents&apos; last stay ended before {day}; their records would be deleted for good:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="108"/>
        <source>Residents whose records would be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="109"/>
        <source>left {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="110"/>
        <source>no stay recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="115"/>
        <source>{n} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="117"/>
        <source>In all: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="119"/>
        <source>First, the monthly counts (stays, nights, meals, hand-outs, appointments) are kept without names, so reports for those months still add up. The deletion is written in the audit trail (how many of each kind, when, by you; no names). Backups made before today still hold these records: the automatic ones in the vault folder are replaced within five weeks; destroy older backups on USB sticks if your rules require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="124"/>
        <source>I &amp;understand these records are deleted for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/backups.py" line="127"/>
        <source>&amp;Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="536"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="537"/>
        <source>Donations came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="537"/>
        <source>&amp;Add to the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="538"/>
        <source>What came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="543"/>
        <source>One item and size at a time. Something not on the stock list yet is added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="546"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="547"/>
        <source>e.g. Winter coat, Toothpaste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="550"/>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="551"/>
        <source>may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="554"/>
        <source>Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="565"/>
        <source>H&amp;ow many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="574"/>
        <source>Warn when &amp;down to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="572"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="575"/>
        <source>At or below this count the item shows on the low-stock list. &quot;Never&quot;: no warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="576"/>
        <source>e.g. from the church clothing drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="578"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="607"/>
        <source>New on the stock list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="609"/>
        <source>{n} on the list now; {after} after this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="635"/>
        <source>{n} × {what} came in. {count} on the shelf now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="638"/>
        <source>{n} × {what} came in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecountDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="650"/>
        <source>Count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="651"/>
        <source>Count again: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="652"/>
        <source>&amp;Save the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="652"/>
        <source>On the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="655"/>
        <source>The list says {n}. Type how many are really on the shelf, and why the list was different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="659"/>
        <source>&amp;Really on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="660"/>
        <source>e.g. two were damaged, a bag was not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="662"/>
        <source>&amp;Why it differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="664"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="665"/>
        <source>Warn when &amp;down to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="682"/>
        <source>{what}: {n} on the shelf now. Warns at {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="683"/>
        <source>{what}: {n} on the shelf now. No low-stock warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="688"/>
        <source>{what}: warns at {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="689"/>
        <source>{what}: no low-stock warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="686"/>
        <source>{what}: {n} on the shelf now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="691"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="40"/>
        <source>Use the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="47"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="62"/>
        <source>Type the recovery code from the shelter&apos;s Recovery Sheet (kept in the office safe). Capital or small letters, spaces and dashes do not matter. Using the code is written in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="72"/>
        <source>Recovery &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="92"/>
        <source>The code is right. Choose the director account and give it a new password. It will work on this computer from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="110"/>
        <source>Director &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="99"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="144"/>
        <source>&amp;Set the password and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="152"/>
        <source>Please type a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="155"/>
        <source>The two new passwords are not the same. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="337"/>
        <source>Your Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="338"/>
        <source>The only way back in if every director password is forgotten. Keep it the way you keep the key to the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="341"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="158"/>
        <source>New Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="166"/>
        <source>Everyone else now has a temporary password. Give each person theirs in person; they choose their own when they next sign in. These are shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="169"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="169"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="169"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="189"/>
        <source>&lt;b&gt;Old backups still open with the old key and the old Recovery Sheet.&lt;/b&gt; Destroy them if they could be in the wrong hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="196"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="218"/>
        <source>Close without keeping the sheet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="219"/>
        <source>The old Recovery Sheet no longer works, and this new one has not been kept yet. If you close now, make another new Recovery Sheet soon.

Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheetPanel</name>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="61"/>
        <source>This is the shelter&apos;s recovery code. With it, a director can open the vault after every password is forgotten, or on a new computer. Print the Recovery Sheet or save it as a PDF on a USB stick, and keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="75"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="85"/>
        <source>&amp;Print the Recovery Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="86"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="101"/>
        <source>To check, type the &amp;last five characters of the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="112"/>
        <source>I have printed or saved the Recovery Sheet and will &amp;keep it in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="181"/>
        <source>Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="187"/>
        <source>The Recovery Sheet was sent to the printer. Check that it came out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="195"/>
        <source>Recovery Sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="203"/>
        <source>Saved as {path}. Move it to a USB stick kept in a safe place, then delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="222"/>
        <source>First print the sheet or save it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="226"/>
        <source>✓ That matches the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="228"/>
        <source>That does not match the last five characters. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="56"/>
        <source>Reports: the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="57"/>
        <source>Reports: the week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="58"/>
        <source>Reports: preview the weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="59"/>
        <source>Reports: print the weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="60"/>
        <source>Reports: save the weekly summary as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="76"/>
        <source>&amp;Weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="78"/>
        <source>Anonymized &amp;counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="257"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="257"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="311"/>
        <source>What does she need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="258"/>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="258"/>
        <source>W&amp;rite it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="264"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="267"/>
        <source>&amp;Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="270"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="271"/>
        <source>e.g. Winter coat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="274"/>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="275"/>
        <source>e.g. M, 8, 6–12 months (may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="278"/>
        <source>Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="287"/>
        <source>H&amp;ow many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="292"/>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="293"/>
        <source>e.g. for a job interview on Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="295"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="306"/>
        <source>{n} in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="310"/>
        <source>What does {alias} need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="328"/>
        <source>Written down: {n} × {what} for {alias}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="82"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="83"/>
        <source>Soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="84"/>
        <source>Whenever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="93"/>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="94"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="95"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="96"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="97"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="98"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="99"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="100"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="101"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="102"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="121"/>
        <source>Written down by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="125"/>
        <source>This item is not on the stock list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="164"/>
        <source>{status} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentFields</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="43"/>
        <source>Preferred name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="44"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="45"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="46"/>
        <location filename="../../shelter_desk/gui/resident_text.py" line="69"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="47"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="48"/>
        <source>Race and ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="49"/>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="50"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="51"/>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="52"/>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="53"/>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="54"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="55"/>
        <source>Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="56"/>
        <source>Do not confirm she is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="57"/>
        <source>Person to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="58"/>
        <source>Duplicate record merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="59"/>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="60"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="61"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="62"/>
        <source>About the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="63"/>
        <source>Where she stayed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="64"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="65"/>
        <source>Where she went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="66"/>
        <source>Why she left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="67"/>
        <source>Room and bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="68"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="70"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="71"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="72"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="74"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="75"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="76"/>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="77"/>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="78"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentFileView</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="72"/>
        <source>← &amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="73"/>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="87"/>
        <source>Do not confirm she is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="93"/>
        <source>Never tell a caller or visitor that she lives here, not even that you know her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="114"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="116"/>
        <source>Lef&amp;t the shelter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="117"/>
        <source>Ta&amp;ke her back in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="118"/>
        <source>Change histo&amp;ry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="119"/>
        <source>Merge a d&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="120"/>
        <source>Merge a duplicate record of the same person into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="128"/>
        <source>Her details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="134"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="135"/>
        <source>&amp;Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="136"/>
        <source>&amp;Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="137"/>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="139"/>
        <source>Daily &amp;needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="143"/>
        <source>Safety &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="147"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="183"/>
        <location filename="../../shelter_desk/gui/resident_file.py" line="325"/>
        <source>needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="188"/>
        <source>Person to watch for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="194"/>
        <source>with {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="233"/>
        <source>Show &amp;legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="244"/>
        <source>Legal name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="245"/>
        <source>No legal name is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="247"/>
        <source>Hide &amp;legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="314"/>
        <source>Recorded. Press &quot;Show legal name&quot; to see it (this is written in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="316"/>
        <source>Recorded. Only house managers and directors can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="318"/>
        <source>{day} ({age} years old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="320"/>
        <source>About {age} years old (approximate age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="327"/>
        <source>Yes: never confirm to a caller or visitor that she is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="329"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="343"/>
        <source>Nobody named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentNeedsTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="67"/>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="112"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="68"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="69"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="70"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="71"/>
        <source>Ride and escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="72"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="113"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="114"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_needs_tab.py" line="115"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentPicker</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_picker.py" line="63"/>
        <source>Type part of her name or room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentPlanTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="57"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="58"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="59"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_plan_tab.py" line="60"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentText</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="123"/>
        <source>1 night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="124"/>
        <source>{n} nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="134"/>
        <source>{name} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="143"/>
        <source>{room}, bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="150"/>
        <source>no bed given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="151"/>
        <source>Here since {day} · {program} · {where} · {nights}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="158"/>
        <source>Left on {day} ({group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="160"/>
        <source>Left on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="173"/>
        <source>{where}, since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="176"/>
        <source>{where}, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="182"/>
        <location filename="../../shelter_desk/gui/resident_text.py" line="218"/>
        <source>{age} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="192"/>
        <source>No bed given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="193"/>
        <source>With her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="194"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="207"/>
        <source>She is here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="209"/>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="217"/>
        <source>about {age} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="228"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="45"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="46"/>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="47"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="48"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="49"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="50"/>
        <source>With her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="51"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="86"/>
        <source>Watch for someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="88"/>
        <source>Do not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="117"/>
        <source>Open her file to see whom to watch for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="119"/>
        <source>Never confirm to a caller or visitor that she is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="123"/>
        <source>People staying with her (children, family)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="56"/>
        <source>Here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="57"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="58"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="77"/>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="106"/>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="81"/>
        <source>Type part of a name or a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="84"/>
        <source>Search residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="85"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="90"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="93"/>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="96"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="99"/>
        <source>&amp;New intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="100"/>
        <source>Take in a new resident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="102"/>
        <source>&amp;Open her file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="103"/>
        <source>Open the chosen resident&apos;s file (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="133"/>
        <source>Also search &amp;legal names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="134"/>
        <source>Each search of legal names is written to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="223"/>
        <source>Nobody staying here now matches what you typed. To look among people who have left too, choose Show: Everyone (Alt+W).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="226"/>
        <source>Nobody matches what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="229"/>
        <source>Nobody is staying here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="230"/>
        <source>Nobody has left yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="231"/>
        <source>No residents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="234"/>
        <source>1 resident here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="234"/>
        <source>1 resident who has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="235"/>
        <source>1 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="237"/>
        <source>{n} residents here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="237"/>
        <source>{n} residents who have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="238"/>
        <source>{n} residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="240"/>
        <source>{count}, matching what you typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="74"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="82"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="96"/>
        <source>Choose the backup file (it ends in .sdbackup), for example on the USB stick. Nothing is changed until every check has passed; then the vault now in this folder is moved aside, not deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="102"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="104"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="106"/>
        <source>Backup &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="127"/>
        <source>With the &amp;recovery code from the Recovery Sheet (works on any computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="129"/>
        <source>With a &amp;director&apos;s password (works only on the computer where it was set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="135"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="137"/>
        <source>Director&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="140"/>
        <source>Director&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="143"/>
        <source>Recovery &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="145"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="147"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="171"/>
        <source>Director &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="173"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="199"/>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="199"/>
        <source>Shelter Desk backups (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="212"/>
        <source>Type where the backup file is, or press Browse… to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="229"/>
        <source>made on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="231"/>
        <source>made at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="232"/>
        <source>This backup was {when} ({size} MB). How do you want to open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="235"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="247"/>
        <source>Type the recovery code from the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="251"/>
        <source>Type the director&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="258"/>
        <source>Checking and restoring the backup… Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="288"/>
        <source>The backup was restored and passed every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="290"/>
        <source>The vault that was here was moved aside, unchanged, to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="293"/>
        <source>It was updated for this version of Shelter Desk, after a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="294"/>
        <source>Choose a new password for a director. It works on this computer from now on; other staff get a new temporary password from you in Admin → Staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="301"/>
        <source>&amp;Set the password and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="316"/>
        <source>Please type a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/restore_dialog.py" line="318"/>
        <source>The two new passwords are not the same. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="728"/>
        <source>Record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="729"/>
        <source>Review of the safety plan for {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="731"/>
        <source>&amp;Record the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="736"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="743"/>
        <source>&amp;What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="745"/>
        <source>&amp;Next review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="753"/>
        <source>Last review: {day} by {who}. Reviews are due every {n} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="756"/>
        <source>This is the plan&apos;s first review. Reviews are due every {n} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="760"/>
        <source>Write what you went through with her and what changed in her plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="794"/>
        <source>Someone saved this plan meanwhile; your review was recorded on the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="259"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="260"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="261"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomForm</name>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="110"/>
        <source>Add a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="110"/>
        <source>Change the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="113"/>
        <source>e.g. Garden room, Room 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="117"/>
        <source>e.g. ground floor, near the bathroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="121"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="123"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="131"/>
        <source>&amp;Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="132"/>
        <source>They are called 1, 2, 3… You can rename them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="136"/>
        <source>&amp;Add the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="136"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="231"/>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="237"/>
        <source>Rooms and beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="233"/>
        <source>The rooms and beds of the house, in the order they are shown on the bed board. A room or bed taken out of use keeps its history and can be put back into use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="244"/>
        <source>R&amp;ooms and beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="247"/>
        <source>There are no rooms yet. Press &quot;Add a room…&quot; to add the first one and say how many beds it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="252"/>
        <source>&amp;Add a room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="257"/>
        <source>Add a room (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="258"/>
        <source>Add a &amp;bed to this room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="259"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="260"/>
        <source>Rename the room or bed, or change the room&apos;s note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="261"/>
        <source>&amp;Take out of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="262"/>
        <source>&amp;Put back into use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="281"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="344"/>
        <source>The room {name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="354"/>
        <source>A bed was added to {room}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="364"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="382"/>
        <source>Bed {label} in {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="383"/>
        <source>{what} is back in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="383"/>
        <source>{what} is out of use now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="60"/>
        <source>Room or bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="61"/>
        <source>Beds in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="62"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="63"/>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="85"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="78"/>
        <source>Bed {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="87"/>
        <source>Out of use (the room is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="88"/>
        <source>Out of use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="157"/>
        <source>{meal}: Space marks it for the chosen resident (or press {n} on her line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="176"/>
        <source>Enter opens her file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="178"/>
        <source>{column}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="193"/>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="229"/>
        <source>{alias}, {meal}: not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="231"/>
        <source>{alias}, {meal}: marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/meals_model.py" line="232"/>
        <source>{alias}, {meal}: marked, with {n} of her household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanTemplate</name>
    <message>
        <location filename="../templates/safety-plan-default.json" line="2"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="3"/>
        <source>The house&apos;s default plan, from common domestic-violence and trafficking safety-planning guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="5"/>
        <source>Safe places and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="6"/>
        <source>Safe places and exit routes are known; a backup place to go is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="6"/>
        <source>Talk through where she could go at any hour, and how she would get there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="7"/>
        <source>One or two trusted contacts and the hotline number are kept on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="7"/>
        <source>Paper, not only in the phone: a phone can be taken or checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="8"/>
        <source>A code word is agreed with friends and children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="10"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="11"/>
        <source>Children know how to call 911, and the plan is rehearsed with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="11"/>
        <source>Mark not applicable when no children are with her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="12"/>
        <source>School and day care are told who may and may not pick the children up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="12"/>
        <source>A copy of any custody or protection order helps the school act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="14"/>
        <source>Go-bag and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="15"/>
        <source>Go-bag: ID, birth certificates, immigration papers, lease or title, pay stubs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="16"/>
        <source>Go-bag: insurance cards, medical records, medications and prescriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="17"/>
        <source>Go-bag: cash, cards and keys, phone and charger, clothes and hygiene items, a comfort item for each child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="18"/>
        <source>Copies of documents and spare keys are left with a trusted person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="20"/>
        <source>Protection order and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="21"/>
        <source>The protection order is kept on her at all times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="21"/>
        <source>Mark not applicable when there is no order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="22"/>
        <source>Employer, school and neighbours are told about the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="22"/>
        <source>Only with her agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="23"/>
        <source>Evidence is kept: photos, saved messages, a dated log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="23"/>
        <source>Suggest a safe place to keep it, away from the person she fears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="25"/>
        <source>Digital safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="26"/>
        <source>Her phone is locked with a code only she knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="27"/>
        <source>Location sharing and shared accounts are checked; new accounts are made where needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="27"/>
        <source>Check photo and cloud accounts, family plans, car and fitness apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="29"/>
        <source>Daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="30"/>
        <source>Routes and work hours are changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="31"/>
        <source>She knows the shelter&apos;s location is kept confidential, and how to keep it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../templates/safety-plan-default.json" line="31"/>
        <source>No photos that show the house or the street; no check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuringPage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="223"/>
        <source>Securing this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="224"/>
        <source>Shelter Desk measures this computer&apos;s speed and creates the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="227"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="234"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="272"/>
        <source>Measuring how fast this computer is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="285"/>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="301"/>
        <source>Done. This computer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="305"/>
        <source>Sign-ins are tied to this computer&apos;s password store ({store}). A copy of the vault folder cannot be opened on another computer without the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="311"/>
        <source>Sign-ins are protected by the password only ({reason}), so a copy of the vault folder could be opened by someone who guesses a password. Choose strong passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="323"/>
        <source>Shelter Desk could not finish setting up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="246"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="249"/>
        <source>How this vault is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="259"/>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="263"/>
        <source>Minutes of no use before the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="264"/>
        <source>&amp;Lock the screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="266"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="274"/>
        <source>minutes of no use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="282"/>
        <source>Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="285"/>
        <source>Make a new Recovery Sheet if the old one is lost, was seen by someone else, or was used. The old sheet stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="287"/>
        <source>Make a &amp;new Recovery Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="292"/>
        <source>Data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="295"/>
        <source>Change the data key after a staff member left under difficult circumstances. Everyone else gets a temporary password, and you get a new Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="297"/>
        <source>Change the data &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="351"/>
        <source>Saved. The screen now locks after {n} minutes of no use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="358"/>
        <source>Make a new Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="359"/>
        <source>Shelter Desk will make a new recovery code. &lt;b&gt;The old Recovery Sheet stops working at once&lt;/b&gt;; destroy it once the new one is kept.&lt;br&gt;&lt;br&gt;Type your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="362"/>
        <source>&amp;Make a new sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="364"/>
        <source>Making a new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="367"/>
        <source>Here is the new recovery code. Print or save the new Recovery Sheet now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="373"/>
        <source>A new Recovery Sheet was made. Destroy the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="379"/>
        <source>Change the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="381"/>
        <source>Do this after a staff member left under difficult circumstances, or if you think someone has a copy of the vault and a password.&lt;br&gt;&lt;br&gt;&amp;bull; Everything is encrypted again with a new key. This can take a minute.&lt;br&gt;&amp;bull; &lt;b&gt;Everyone else gets a temporary password.&lt;/b&gt; You will see the list to hand out; they choose their own when they next sign in.&lt;br&gt;&amp;bull; You get a new Recovery Sheet; the old one stops working for this vault.&lt;br&gt;&amp;bull; &lt;b&gt;Old backups still open with the old key and the old Recovery Sheet&lt;/b&gt; (and the old passwords). Destroy old backups and the old sheet if they could be in the wrong hands. A fresh backup under the new key is made at once.&lt;br&gt;&lt;br&gt;Type your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="391"/>
        <source>Change the data &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="393"/>
        <source>Changing the data key… Please wait and do not switch off the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="405"/>
        <source>The data key has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="414"/>
        <source>The backup after the key change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="415"/>
        <source>No backup under the new key could be made: make one now in Admin → Backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="417"/>
        <source>A fresh backup under the new key is in the vault&apos;s backups folder; make one to a USB stick too (Admin → Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="420"/>
        <source>The data key was changed. Old backups still open with the old key and the old Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="531"/>
        <source>&amp;Went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="532"/>
        <source>&amp;Missed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="534"/>
        <source>Ca&amp;ncelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="539"/>
        <source>Record how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="540"/>
        <source>{alias}: {kind}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="542"/>
        <source>Record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="547"/>
        <source>At {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="551"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="563"/>
        <source>She</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="565"/>
        <source>This day has not come yet: it can only be cancelled or moved to a new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="567"/>
        <source>Optional, e.g. next visit in two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="569"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="571"/>
        <source>Mo&amp;ve to a new time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="572"/>
        <source>Book the new time; this one is kept as &quot;Moved to a new time&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDirector</name>
    <message>
        <location filename="../../ui/setup_director.ui" line="14"/>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="17"/>
        <source>You will be the director: the person who adds staff and keeps the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="34"/>
        <source>Your na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="47"/>
        <source>As colleagues know you, for example: Dana Reyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="54"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="71"/>
        <source>What you type to sign in. Letters and numbers; no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="83"/>
        <source>Choose a password only you know. It needs at least 12 characters. A few unrelated words, like &quot;kettle orbit violet jam&quot;, are easy to remember and very hard to guess. Do not use the shelter&apos;s name or your username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupShelter</name>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="14"/>
        <source>Your shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="17"/>
        <source>The name staff will see when they sign in and on every printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="31"/>
        <source>&amp;Shelter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="44"/>
        <source>For example: Harbor House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="53"/>
        <source>Use the name your staff know. It is printed at the top of every page, so if the shelter&apos;s real name or address must stay private, choose a name that is safe to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="403"/>
        <source>Set up Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="410"/>
        <source>&amp;Start using Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="445"/>
        <source>Leave the setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="446"/>
        <source>Shelter Desk is set up, but the Recovery Sheet has not been kept yet. Without it, nobody can get in if every director password is forgotten.

You can make a new Recovery Sheet later in Admin → Security. Leave now anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/sign_in.ui" line="14"/>
        <location filename="../../ui/sign_in.ui" line="88"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="119"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="136"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="175"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="185"/>
        <source>Use the &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="62"/>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="64"/>
        <source>When the vault is damaged: put a backup in its place (a director&apos;s password or the Recovery Sheet is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="70"/>
        <source>For a director who forgot the password, or a new computer: use the code on the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="80"/>
        <source>Sign in to {shelter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="82"/>
        <source>Sign in to Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="89"/>
        <source>The screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="91"/>
        <source>{name} was signed in. Type the password to go on, or sign in with your own username instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="180"/>
        <source>Too many wrong passwords. Please wait {wait} before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="189"/>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="191"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="192"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPlanDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="99"/>
        <source>Make a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="100"/>
        <source>A safety plan for {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="102"/>
        <source>Ma&amp;ke the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="108"/>
        <source>{alias} has no safety plan yet. Choose the template to make it from, then work through it with her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="110"/>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="113"/>
        <source>{name} (default) · {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="113"/>
        <source>{name} · {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="120"/>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="123"/>
        <source>Her reviews are due every {n} days; the plan screen can change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/plans.py" line="127"/>
        <source>There is no safety-plan template yet. A house manager can make one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="37"/>
        <source>She is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="37"/>
        <source>Correct a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="38"/>
        <source>{alias} is back: a new stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="39"/>
        <source>{alias}: the stay that began on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="40"/>
        <source>Start her new stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="40"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="46"/>
        <source>Her earlier stays are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="47"/>
        <source>Correct what was recorded when she came. Bed moves are made on the Beds screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayForm</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="39"/>
        <source>Her stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="42"/>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="43"/>
        <source>In&amp;take date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="48"/>
        <source>Pr&amp;ogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="51"/>
        <source>Room and bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="53"/>
        <source>Room and &amp;bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="64"/>
        <source>Re&amp;ferred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="66"/>
        <source>e.g. which hotline or advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="67"/>
        <source>Referral &amp;contact or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="70"/>
        <source>Where she lived before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="71"/>
        <source>Where she li&amp;ved before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="72"/>
        <source>The night before she came. Type the first letters to jump in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="75"/>
        <source>Who is with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="77"/>
        <source>Add someone staying wit&amp;h her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="101"/>
        <source>No bed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="105"/>
        <source>{room} · {bed} (taken now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="115"/>
        <source>{room} · {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="117"/>
        <source>{room} · {bed} (held: {note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="123"/>
        <source>No rooms are set up yet. A house manager adds them on the Beds screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="125"/>
        <source>Every bed is taken. Choose &quot;No bed yet&quot;; she shows as waiting on the Beds screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="128"/>
        <source>Free beds, and beds held for someone (taking one ends the hold).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="74"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="75"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="76"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="77"/>
        <source>Room and bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="78"/>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="79"/>
        <source>Where she went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="90"/>
        <source>Here now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaysTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="112"/>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="117"/>
        <source>The chosen stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="118"/>
        <source>C&amp;orrect this stay…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockHistoryDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="700"/>
        <source>Stock history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="702"/>
        <source>{what}: {n} on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="704"/>
        <source>Changes to the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="715"/>
        <source>Newest first. Hand-outs lower the count, donations raise it; a recount sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="717"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockHistoryModel</name>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="280"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="281"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="282"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="283"/>
        <source>Count after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="284"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="285"/>
        <source>Note or reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="228"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="229"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="230"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="231"/>
        <source>On the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="232"/>
        <source>Warn at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="233"/>
        <source>Low?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="247"/>
        <source>Count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="248"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="257"/>
        <source>It is on the low-stock list at or below this count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="258"/>
        <source>No low-stock warning for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="260"/>
        <source>The list shows less than nothing: please count what is on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliesPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="73"/>
        <source>Supplies: write down a new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="74"/>
        <source>Supplies: hand out the chosen request (Enter again saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="75"/>
        <source>Supplies: hand out the chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="76"/>
        <source>Supplies: hand out something without a request (food…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="77"/>
        <source>Supplies: cancel the chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="78"/>
        <source>Supplies: open the file of the resident on the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="79"/>
        <source>Supplies: donations came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="80"/>
        <source>Supplies: requests / handed out / stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="110"/>
        <source>Clothing and supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="122"/>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="123"/>
        <source>Handed &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="124"/>
        <source>&amp;Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="127"/>
        <source>&amp;Kinds of supplies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="177"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="216"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="217"/>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="219"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="222"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="226"/>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="227"/>
        <source>H&amp;and out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="228"/>
        <source>Hand out the chosen request (Enter or Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="229"/>
        <source>&amp;Cancel the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="230"/>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="278"/>
        <source>Hand out wi&amp;thout a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="232"/>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="280"/>
        <source>O&amp;pen her file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="237"/>
        <source>Enter hands out the chosen request · Ctrl+N new request · Delete cancels it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="263"/>
        <source>&amp;Days from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="265"/>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="267"/>
        <source>Last &amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="274"/>
        <source>Handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="277"/>
        <source>Nothing was handed out in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="307"/>
        <source>Show only what is &amp;low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="311"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="315"/>
        <source>&amp;Donations came in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="316"/>
        <source>Mor&amp;e of this came in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="317"/>
        <source>&amp;Count again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="318"/>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="324"/>
        <source>Ctrl+D: donations came in · Enter: more of this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="396"/>
        <source>No requests are waiting. When a resident asks for something, press Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="397"/>
        <source>No requests yet. When a resident asks for something, press Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="399"/>
        <source>Showing the newest {n} requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="418"/>
        <source>Showing the newest {n} hand-outs: choose fewer days to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="422"/>
        <source>{n} hand-outs, {items} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="423"/>
        <source>1 hand-out, {items} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="424"/>
        <source>1 hand-out, 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="438"/>
        <source>Nothing is low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="439"/>
        <source>Nothing on the stock list yet. When donations come in, press Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="442"/>
        <source>{n} on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="453"/>
        <source>1 request waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="454"/>
        <source>{n} requests waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="456"/>
        <source>{n} urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="458"/>
        <source>1 item low in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="459"/>
        <source>{n} items low in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="462"/>
        <source>{before} · {more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="541"/>
        <source>This request is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="566"/>
        <source>The request of {alias} was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliesText</name>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="49"/>
        <source>{item} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supplies_models.py" line="55"/>
        <source>{alias} · {room}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplyDialogs</name>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="77"/>
        <source>Handed out {n} × {what} to {alias}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="83"/>
        <source>The stock list now shows {n}: please count what is on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="86"/>
        <source>Stock is low: {n} left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="88"/>
        <source>{n} left in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="89"/>
        <source>{done} {more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="216"/>
        <source>Choose the kind…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplyKindsDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="771"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="772"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="776"/>
        <source>Kinds of supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="773"/>
        <source>The kinds a request, a hand-out or the stock can be. A kind out of use keeps everything recorded with it and can be put back into use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="780"/>
        <source>&amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="782"/>
        <source>&amp;Add a kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="783"/>
        <source>Add a kind (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="788"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="789"/>
        <source>Rename the chosen kind (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="790"/>
        <source>&amp;Take out of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="791"/>
        <source>&amp;Put back into use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="813"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="861"/>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="871"/>
        <source>Renamed to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="884"/>
        <source>{name} is back in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="884"/>
        <source>{name} is out of use now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="395"/>
        <source>Edit a safety-plan template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="396"/>
        <source>Template: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="397"/>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="402"/>
        <source>Changing a template never changes plans already made; a plan can take in new items later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="413"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="422"/>
        <source>Desc&amp;ription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="432"/>
        <source>Sections and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="435"/>
        <source>&amp;Sections and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="437"/>
        <source>The chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="438"/>
        <source>e.g. Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="440"/>
        <source>Section &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="441"/>
        <source>What is checked with her, e.g. a code word is agreed with friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="443"/>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="445"/>
        <source>Help for staff working through this item with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="446"/>
        <source>Hel&amp;p for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="447"/>
        <source>Staff see the help on her plan. It is not printed on her copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="454"/>
        <source>A&amp;dd an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="455"/>
        <source>Add a s&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="456"/>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="457"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="458"/>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="485"/>
        <source>F2 or Enter renames the chosen line · Insert adds an item · Ctrl+Insert adds a section · Delete removes · Ctrl+Up / Ctrl+Down move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="492"/>
        <source>Save my version as a ne&amp;w template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="522"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="553"/>
        <source>This template has no sections yet. Press Ctrl+Insert to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="554"/>
        <source>Choose a section or an item in the list to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="555"/>
        <source>The chosen section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="556"/>
        <source>The chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="556"/>
        <source>Nothing chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="613"/>
        <source>Add a section first (Ctrl+Insert): items go into sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="646"/>
        <source>Take the section &quot;{title}&quot; off this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="647"/>
        <source>Take the section &quot;{title}&quot; and its item off this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="649"/>
        <source>Take the section &quot;{title}&quot; and its {n} items off this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="652"/>
        <source>Take &quot;{item}&quot; off this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="653"/>
        <source>{question} Plans already made keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="655"/>
        <source>Take it off the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="725"/>
        <source>Give every section a title, or remove the empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="729"/>
        <source>An item has help for staff but no words. Type its words, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="745"/>
        <source>Someone else saved this template after you opened it, so your changes were not saved. They are still here: press “Save my version as a new template” to keep them as a template of their own (named “{name}”), or close this window and open the template again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="763"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="764"/>
        <source>{name} (copy {n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="151"/>
        <source>Safety-plan templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="153"/>
        <source>New safety plans are made from a template: its sections and items are the checklist worked through with her. The default template is offered first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="156"/>
        <source>Changing a template never changes plans already made; a plan can take in new items later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="161"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="167"/>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="169"/>
        <source>No templates yet. Press &quot;New template…&quot; (Ctrl+N) to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="178"/>
        <source>&amp;New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="179"/>
        <source>Make a new template, empty or a copy of the chosen one ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="182"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="183"/>
        <source>Change the chosen template&apos;s sections and items (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="185"/>
        <source>Make &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="186"/>
        <source>New plans start from the chosen template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="188"/>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="244"/>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="244"/>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="247"/>
        <source>Offer the chosen template again for new plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="248"/>
        <source>The default template cannot be retired: make another one the default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="250"/>
        <source>No new plans from the chosen template; plans made from it stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="273"/>
        <source>The template was made. Add or change its sections and items now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="293"/>
        <source>Your version was saved as a new template, {name}. The one someone else saved stays as they left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="299"/>
        <source>Saved. Plans already made are not changed; each can take in the new items from its own screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="311"/>
        <source>New plans now start from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="325"/>
        <source>{name} is offered again for new plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_template_dialog.py" line="326"/>
        <source>{name} is retired: no new plans are made from it. Plans made from it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="311"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="312"/>
        <location filename="../../shelter_desk/gui/plans_model.py" line="329"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="313"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="314"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="331"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plans_model.py" line="331"/>
        <source>No (retired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="225"/>
        <source>Username: &lt;b&gt;{username}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="235"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="236"/>
        <source>&lt;b&gt;They must choose their own password when they first sign in.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="238"/>
        <source>This password is shown only now. Give it to them in person; do not send it by text message or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="243"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="196"/>
        <source>Sign off the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="197"/>
        <source>Review and sign off incident #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="198"/>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="199"/>
        <source>After sign-off the incident is locked: nobody can change it. Anyone can still add an amendment, and follow-up tasks can still be marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="202"/>
        <source>Re-open the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="203"/>
        <source>Re-open incident #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="204"/>
        <source>&amp;Re-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="205"/>
        <source>Re-opening lets staff change the incident again. What was signed off is kept and can still be read. Say why it is re-opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="207"/>
        <source>Add an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="208"/>
        <source>An amendment to incident #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="209"/>
        <source>&amp;Add the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="210"/>
        <source>The incident stays as it was signed off; the amendment is added after it with today&apos;s date and your name. Write facts, not judgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="222"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="222"/>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="222"/>
        <source>&amp;Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="227"/>
        <source>&amp;Notes (may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayNeeds</name>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="54"/>
        <source>Ride: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="54"/>
        <source>Needs a ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="56"/>
        <source>with {escort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="57"/>
        <source>No ride needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="62"/>
        <source>To settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="70"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="72"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="73"/>
        <source>Ride and escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/today_needs.py" line="74"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="142"/>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="146"/>
        <source>You are signed in at {shelter}. Your role: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="152"/>
        <source>When you step away from the desk, press Ctrl+L to lock the screen. Press F1 to see every keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="160"/>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="229"/>
        <source>People to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="231"/>
        <source>Residents asked us to look out for these people. If someone like this calls or comes to the door, say nothing about who lives here and tell a house manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="247"/>
        <source>&amp;Arrived today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="247"/>
        <source>Nobody has arrived today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="249"/>
        <source>&amp;Left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="249"/>
        <source>Nobody has left today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="298"/>
        <source>No bed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="299"/>
        <source>{room}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="300"/>
        <source>By room: {rooms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="302"/>
        <source>Beds: {free} free, {held} held (see Beds, Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="304"/>
        <source>Never confirm to a caller or visitor that someone lives here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="307"/>
        <source>1 resident here asks that nobody confirms she is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="309"/>
        <source>{n} residents here ask that nobody confirms they are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="312"/>
        <source>{asked} {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="324"/>
        <source>Nobody is staying here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="325"/>
        <source>1 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="325"/>
        <source>{n} residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="329"/>
        <source>and 1 child or family member staying with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="331"/>
        <source>and {n} children or family members staying with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="332"/>
        <source>Here now: {residents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="367"/>
        <source>This computer has no password store that Shelter Desk can use, so sign-ins are protected by passwords only. Someone who copies the vault folder could try to guess a weak password. Admin → Security explains more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="375"/>
        <source>The newest Recovery Sheet was never printed or saved, so nobody could use it if every director password were forgotten. Make a new one in Admin → Security and keep it in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/table_model.py" line="80"/>
        <source>Press Enter or double-click to open her file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPeopleModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="57"/>
        <source>Room and bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="890"/>
        <source>Main concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="891"/>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="892"/>
        <source>Developed with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="893"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="894"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="895"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="896"/>
        <source>Review every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="897"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="899"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="900"/>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="901"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="905"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="905"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="906"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="906"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="907"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="934"/>
        <source>An earlier version of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="935"/>
        <source>Version {n} of the plan for {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="938"/>
        <source>{why}: saved {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="941"/>
        <source>The plan as it was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="813"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="814"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="815"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="816"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="829"/>
        <source>{day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="839"/>
        <source>Earlier versions of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="842"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="848"/>
        <source>&amp;Versions of the plan for {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="853"/>
        <source>&amp;Open this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="859"/>
        <source>Enter shows the chosen version as it was saved. Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="93"/>
        <source>Here since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyTab</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="104"/>
        <source>◀ Week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="105"/>
        <source>Week after ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="106"/>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="107"/>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="116"/>
        <source>Week &amp;starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="124"/>
        <source>&amp;Name residents by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="127"/>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="128"/>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="129"/>
        <source>Save as P&amp;DF… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="163"/>
        <source>The weekly summary&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="185"/>
        <source>Week of {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="193"/>
        <source>That week has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="212"/>
        <source>Show full names?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="213"/>
        <source>The summary will show legal names. Anyone who finds the paper learns who lives here. This is written to the audit trail.

Show full names?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="250"/>
        <source>Making the weekly summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="264"/>
        <source>The weekly summary was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="267"/>
        <source>Weekly summary {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="287"/>
        <source>Printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="287"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="299"/>
        <source>{pages} pages. Print with Ctrl+P or save with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/reports.py" line="300"/>
        <source>1 page. Print with Ctrl+P or save with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="52"/>
        <source>Welcome to Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="53"/>
        <source>Let&apos;s set up Shelter Desk for your shelter. It takes about five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="57"/>
        <source>Shelter Desk keeps the records of the people staying at your shelter: who is here, what they need, safety plans and incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="60"/>
        <source>&lt;b&gt;It works without the internet.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="62"/>
        <source>&lt;b&gt;Everything is encrypted on this computer.&lt;/b&gt; Without a staff password or the Recovery Sheet, the files cannot be read, even by someone who takes the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="65"/>
        <source>You will name the shelter, create your own account as director, and print the Recovery Sheet. Have a printer or a USB stick ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="68"/>
        <source>The encrypted files will be kept in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="81"/>
        <source>Moving to a new computer, or starting again after the old one broke? Restore the shelter&apos;s backup instead of setting up a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="83"/>
        <source>&amp;Restore from a backup instead…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChooseDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="146"/>
        <source>&amp;Day of the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="148"/>
        <source>Today, unless it happened earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="219"/>
        <source>Choose one from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Paper</name>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="83"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="80"/>
        <source>choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/incident.py" line="102"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="307"/>
        <source>IncidentTypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="153"/>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="161"/>
        <source>hud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="302"/>
        <source>choices</source>
        <comment>Low</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="302"/>
        <source>choices</source>
        <comment>Medium</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="303"/>
        <source>choices</source>
        <comment>High</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/reports/weekly_summary.py" line="303"/>
        <source>choices</source>
        <comment>Critical</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="50"/>
        <source>Set up Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="51"/>
        <source>Updated the database after a program update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="52"/>
        <source>Sign-in file changed outside Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="53"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="54"/>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="55"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="56"/>
        <source>Locked the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="57"/>
        <source>Unlocked the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="58"/>
        <source>Took over from someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="59"/>
        <source>Signed in too long (12 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="60"/>
        <source>Used the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="61"/>
        <source>Tried something not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="62"/>
        <source>Added a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="63"/>
        <source>Changed someone&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="64"/>
        <source>Reset someone&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="65"/>
        <source>Turned off an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="66"/>
        <source>Turned an account back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="67"/>
        <source>Changed their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="68"/>
        <source>Changed the data key or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="69"/>
        <source>Saved the Recovery Sheet as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="70"/>
        <source>Printed the Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="71"/>
        <source>Changed a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="72"/>
        <source>Opened the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="73"/>
        <source>Checked the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="74"/>
        <source>Made a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="75"/>
        <source>A backup could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="76"/>
        <source>Restored the vault from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="77"/>
        <source>Checked the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="78"/>
        <source>Changed how long records are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="79"/>
        <source>Deleted old resident records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="80"/>
        <source>Took in a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="81"/>
        <source>Opened a resident&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="82"/>
        <source>Showed a legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="83"/>
        <source>Searched legal names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="84"/>
        <source>Changed a resident&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="85"/>
        <source>Read a record&apos;s change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="86"/>
        <source>Merged two resident records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="87"/>
        <source>Took a resident back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="88"/>
        <source>Changed a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="89"/>
        <source>Recorded that a resident left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="90"/>
        <source>Gave or moved a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="91"/>
        <source>Held a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="92"/>
        <source>Released a held bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="93"/>
        <source>Changed rooms or beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="94"/>
        <source>Added a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="95"/>
        <source>Corrected a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="96"/>
        <source>Amended a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="97"/>
        <source>Added a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="98"/>
        <source>Changed a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="99"/>
        <source>Marked a meal taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="100"/>
        <source>Took back a meal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="101"/>
        <source>Counted guests at a meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="102"/>
        <source>Changed the list of meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="103"/>
        <source>Made a Kitchen Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="104"/>
        <source>Recorded a request for supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="105"/>
        <source>Cancelled a request for supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="106"/>
        <source>Handed out supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="107"/>
        <source>Changed the list of supply kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="108"/>
        <source>Recorded donations in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="109"/>
        <source>Corrected a stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="110"/>
        <source>Changed a stock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="111"/>
        <source>Added a place for appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="112"/>
        <source>Changed a place for appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="113"/>
        <source>Booked an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="114"/>
        <source>Changed an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="115"/>
        <source>Recorded how an appointment went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="116"/>
        <source>Moved an appointment to a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="117"/>
        <source>Made a day sheet of appointments and rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="118"/>
        <source>Changed a safety-plan template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="119"/>
        <source>Made a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="120"/>
        <source>Read a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="121"/>
        <source>Saved a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="122"/>
        <source>Reviewed a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="123"/>
        <source>Added new template items to a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="124"/>
        <source>Read an earlier version of a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="125"/>
        <source>Printed a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="126"/>
        <source>Added fictional demo records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="127"/>
        <source>Saved an incident not yet recorded (a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="128"/>
        <source>Threw away an incident draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="129"/>
        <source>Recorded an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="130"/>
        <source>Changed an incident before sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="131"/>
        <source>Read an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="132"/>
        <source>Signed off an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="133"/>
        <source>Re-opened a signed-off incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="134"/>
        <source>Added an amendment to an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="135"/>
        <source>Printed an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="136"/>
        <source>Read an earlier version of an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="137"/>
        <source>Added a follow-up task to an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="138"/>
        <source>Changed a follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="139"/>
        <source>Marked a follow-up task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="140"/>
        <source>Changed the list of kinds of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="141"/>
        <source>Made the weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="142"/>
        <source>Printed the weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="143"/>
        <source>Saved the weekly summary as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="144"/>
        <source>Exported anonymized counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="101"/>
        <source>Encryption (cipher integrity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="102"/>
        <source>Database structure (SQLite integrity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="103"/>
        <source>Audit trail (hash chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="104"/>
        <source>Key file seal (shelter.keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="105"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="106"/>
        <source>every page opens with the data key and its seal fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="107"/>
        <source>{n} damaged page(s): {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="108"/>
        <source>damaged: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="109"/>
        <source>{n} events, chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="110"/>
        <source>broken at event {at}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="111"/>
        <source>sealed, {n} sign-in slot(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="112"/>
        <source>the key file on disk does not fit its seal: it was changed outside Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="113"/>
        <source>it had been changed outside Shelter Desk; it was sealed again at this sign-in (see the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="18"/>
        <source>Urgent (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="19"/>
        <source>Soon (this week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="20"/>
        <source>When there is some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="23"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="24"/>
        <location filename="../../shelter_desk/services/needs_views.py" line="47"/>
        <source>Handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="25"/>
        <location filename="../../shelter_desk/services/needs_views.py" line="41"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="28"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="29"/>
        <source>Dental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="30"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="31"/>
        <source>Prenatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="32"/>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="33"/>
        <source>Lawyer or legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="34"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="35"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="38"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="39"/>
        <source>Went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="40"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="42"/>
        <source>Moved to a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="46"/>
        <source>Donation came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="48"/>
        <source>Counted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plan_views.py" line="11"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plan_views.py" line="12"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plan_views.py" line="13"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plan_views.py" line="14"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plan_views.py" line="17"/>
        <source>Plan made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plan_views.py" line="18"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plan_views.py" line="19"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plan_views.py" line="20"/>
        <source>New template items added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="13"/>
        <source>Draft (not yet recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="14"/>
        <source>Open (waiting for sign-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="15"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="18"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="19"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="20"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="21"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="24"/>
        <source>In the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="25"/>
        <source>Outside the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="28"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="29"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="30"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="31"/>
        <source>Someone else (described)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="34"/>
        <source>Harmed or targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="35"/>
        <source>Involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incident_views.py" line="36"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="18"/>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="19"/>
        <source>Initials only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="20"/>
        <source>Full names (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="23"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="24"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="25"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="26"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="27"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="28"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/report_views.py" line="29"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device</name>
    <message>
        <location filename="../../shelter_desk/crypto/device.py" line="59"/>
        <source>no password store on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/device.py" line="63"/>
        <location filename="../../shelter_desk/crypto/device.py" line="74"/>
        <source>the password store is locked or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/device.py" line="67"/>
        <source>the password store already holds a key for this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/device.py" line="76"/>
        <source>the password store did not keep the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../shelter_desk/crypto/keyslots.py" line="210"/>
        <source>The key file of the vault could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/keyslots.py" line="231"/>
        <source>The vault&apos;s key file (shelter.keys) is damaged, so no one can sign in with it. Nothing was changed. Restore the key file or the whole vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/keyslots.py" line="240"/>
        <source>The vault&apos;s key file (shelter.keys) has no sign-ins in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="19"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="35"/>
        <source>There is no Shelter Desk vault in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="39"/>
        <source>A Shelter Desk vault already exists in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="45"/>
        <source>The vault files are damaged and cannot be opened safely. Nothing was changed. Restore the most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="55"/>
        <source>This computer&apos;s disk is full, so this change was not saved. Everything saved before is safe. Free some space (empty the Recycle Bin, move large files away), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="63"/>
        <source>This vault was last used by a newer version of Shelter Desk. Install that version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="71"/>
        <source>A change of the data key was interrupted, so this sign-in no longer works. Nothing is lost: the director must sign in once to finish the change. Do not restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="79"/>
        <source>Shelter Desk is already open with this vault on this computer. Use the window that is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="87"/>
        <source>The username or password is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="91"/>
        <source>That recovery code is not right for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="95"/>
        <source>That recovery code has a typing mistake. Check each group of letters and numbers against the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="105"/>
        <source>Too many wrong passwords for this account. Please wait {wait} before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="116"/>
        <source>This account has been turned off. Ask the director if you need access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="122"/>
        <source>This vault&apos;s passwords only work on the computer where they were set, and this computer&apos;s password store does not have the vault&apos;s device key (a new computer, a new Windows account, or a changed password store). Sign in with the recovery code from the Recovery Sheet instead; nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="132"/>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="136"/>
        <source>You have been signed in for 12 hours. Please sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="142"/>
        <source>You signed in with a temporary password. Please choose your own password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="148"/>
        <source>Your account is not allowed to {what}. Ask a {who} to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="156"/>
        <location filename="../../shelter_desk/services/reports.py" line="182"/>
        <source>Please check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="164"/>
        <source>The vault&apos;s key slots use weaker protection than Shelter Desk allows. The vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/worker.py" line="113"/>
        <source>The computer could not read or write a file ({reason}). Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/worker.py" line="117"/>
        <source>Something unexpected went wrong. Nothing was saved by this step; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/worker.py" line="123"/>
        <source>Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="45"/>
        <source>Choose a role from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="73"/>
        <source>That account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="115"/>
        <source>The username {name} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="135"/>
        <source>The shelter needs at least one director. Make someone else director first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="153"/>
        <source>Turn this account back on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="166"/>
        <source>You cannot turn off your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="173"/>
        <source>The shelter needs at least one director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="189"/>
        <source>This account is already on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="204"/>
        <source>Your password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="120"/>
        <source>Please type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="122"/>
        <source>Please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="294"/>
        <source>Choose one of the director accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="367"/>
        <source>Your current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="369"/>
        <source>Choose a new password that is different from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/settings.py" line="77"/>
        <source>The screen lock time must be between {low} and {high} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="14"/>
        <source>A username needs 2 to 64 letters or numbers (dots, dashes and underscores are fine, spaces are not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="63"/>
        <source>We cannot read {label} as a time. Type it like 09:30 or 14:00 (24-hour clock), or 2:30 pm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="65"/>
        <source>Please fill in {label}, for example 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="66"/>
        <source>Choose who the appointment is for: type part of her name or room, then pick her from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="386"/>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="389"/>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="529"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="476"/>
        <location filename="../../shelter_desk/services/incidents.py" line="225"/>
        <location filename="../../shelter_desk/services/validation.py" line="27"/>
        <location filename="../../shelter_desk/services/validation.py" line="85"/>
        <location filename="../../shelter_desk/services/validation.py" line="103"/>
        <location filename="../../shelter_desk/services/validation.py" line="119"/>
        <source>Please fill in {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="605"/>
        <source>Choose how it went: went, missed it, or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="30"/>
        <location filename="../../shelter_desk/services/validation.py" line="88"/>
        <location filename="../../shelter_desk/services/validation.py" line="106"/>
        <source>{label} is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="96"/>
        <source>That safety-plan template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="133"/>
        <source>The default safety-plan template that comes with Shelter Desk is missing or damaged. A house manager can make a template under Safety plans → Templates, or reinstall the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="211"/>
        <source>A template that is no longer used cannot be the default. Bring it back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="227"/>
        <source>The default template cannot be retired. Make another template the default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="247"/>
        <source>There is already a template called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="253"/>
        <source>A template has at most {n} sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="262"/>
        <location filename="../../shelter_desk/services/validation.py" line="76"/>
        <source>Please check {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="277"/>
        <source>A template has at most {n} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="328"/>
        <source>{alias} is not staying here now, so no plan can be made for her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="331"/>
        <source>{alias} already has a safety plan. Open it from her file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="337"/>
        <source>There is no safety-plan template yet. A house manager can make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="343"/>
        <source>That template is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="377"/>
        <source>That safety plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="441"/>
        <location filename="../../shelter_desk/services/plans.py" line="448"/>
        <source>Choose each item&apos;s state from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="445"/>
        <location filename="../../shelter_desk/services/plans.py" line="466"/>
        <source>An item of this plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="458"/>
        <location filename="../../shelter_desk/services/plans.py" line="516"/>
        <location filename="../../shelter_desk/services/plans.py" line="538"/>
        <source>This plan was replaced by a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="460"/>
        <source>The plan cannot be completed before it was made ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="506"/>
        <source>The next review must be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="509"/>
        <source>The next review is more than a year away. Please check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="617"/>
        <source>That version of the plan does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="122"/>
        <source>{label} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="120"/>
        <location filename="../../shelter_desk/services/incidents.py" line="182"/>
        <location filename="../../shelter_desk/services/incidents.py" line="247"/>
        <source>That kind of incident is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="128"/>
        <source>There is already a kind of incident called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="168"/>
        <source>The list needs at least one kind of incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="221"/>
        <source>{label} is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="228"/>
        <source>The incident cannot be in the future. Please check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="232"/>
        <location filename="../../shelter_desk/services/validation.py" line="124"/>
        <source>{label} is too far in the past. Please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="237"/>
        <source>Choose where it happened from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="240"/>
        <source>Choose how serious it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="244"/>
        <source>Choose what kind of incident it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="260"/>
        <source>Please write what happened (the facts: what was seen and heard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="264"/>
        <location filename="../../shelter_desk/services/incidents.py" line="271"/>
        <location filename="../../shelter_desk/services/incidents.py" line="285"/>
        <source>Please check the people in the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="302"/>
        <source>That kind of incident is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="315"/>
        <source>A child named here is no longer on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="318"/>
        <source>A staff member named here is no longer on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="334"/>
        <source>That incident is no longer on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="345"/>
        <source>This incident was signed off, so it cannot be changed. Add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="366"/>
        <location filename="../../shelter_desk/services/incidents.py" line="421"/>
        <source>This incident is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="391"/>
        <source>A recorded incident is never thrown away. Add an amendment to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="394"/>
        <source>Only the person who started this draft, or a house manager, can throw it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="446"/>
        <source>Record the incident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="473"/>
        <source>A draft must be recorded before it is signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="498"/>
        <source>Only a signed-off incident can be re-opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="520"/>
        <source>This incident is not signed off yet: change it directly instead of adding an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="539"/>
        <source>The day it is due is more than a year away. Please check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="542"/>
        <location filename="../../shelter_desk/services/incidents.py" line="551"/>
        <source>Choose who will do it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="593"/>
        <source>That follow-up task is no longer on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="603"/>
        <source>This task is already marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="718"/>
        <source>That version of the incident is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="739"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="809"/>
        <source>Record the incident before printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="127"/>
        <source>{label} cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="130"/>
        <source>{label} cannot be before {earliest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/db.py" line="40"/>
        <source>The database could not be opened with this key: it is damaged or belongs to another vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/db.py" line="213"/>
        <source>The vault&apos;s database is damaged and cannot be read safely ({reason}). Nothing was changed. Restore the most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="96"/>
        <source>We cannot read {label} as a date. Type it as year-month-day, for example 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="98"/>
        <source>We cannot read {label} as a date. Type it like this: {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="147"/>
        <location filename="../../shelter_desk/services/reports.py" line="370"/>
        <source>Choose a period of at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="203"/>
        <source>She has left, so she cannot be given a bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="211"/>
        <source>The day of the move cannot be before {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="280"/>
        <source>A room can have 0 to 50 beds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="284"/>
        <location filename="../../shelter_desk/services/beds.py" line="307"/>
        <source>There is already a room called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="305"/>
        <location filename="../../shelter_desk/services/beds.py" line="320"/>
        <location filename="../../shelter_desk/services/beds.py" line="336"/>
        <source>That room no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="322"/>
        <source>Someone is staying in this room. Move her to another bed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="338"/>
        <location filename="../../shelter_desk/services/beds.py" line="357"/>
        <source>This room already has a bed called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="355"/>
        <location filename="../../shelter_desk/services/beds.py" line="369"/>
        <source>That bed no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="371"/>
        <source>Someone is sleeping in this bed. Move her to another bed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="30"/>
        <source>Choose what the note is about from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="37"/>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="69"/>
        <source>Only the person who wrote a note can correct it. Add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="72"/>
        <source>A note can only be corrected on the day it was written. Add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="107"/>
        <source>Choose the kind of goal from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="109"/>
        <source>Choose the goal&apos;s status from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="116"/>
        <source>Only a goal that was reached or stopped has an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="150"/>
        <source>That goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="68"/>
        <source>Choose {label} from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="72"/>
        <source>For {label}, &quot;doesn&apos;t know&quot;, &quot;prefers not to answer&quot; and &quot;not collected&quot; cannot be chosen together with other answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="90"/>
        <source>Choose how the age is known from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="97"/>
        <source>Please give an approximate age from 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="125"/>
        <source>A household can have at most 20 people here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="133"/>
        <source>An age must be a number from 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="136"/>
        <source>Choose child or other family member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="146"/>
        <location filename="../../shelter_desk/services/residents.py" line="279"/>
        <source>Choose a program from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="149"/>
        <source>Choose who referred her from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="155"/>
        <source>Choose where she stayed before from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="108"/>
        <location filename="../../shelter_desk/services/residents.py" line="115"/>
        <source>That resident&apos;s record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="122"/>
        <source>That stay no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="139"/>
        <source>That bed is not in use any more. Choose another bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="146"/>
        <source>Bed {bed} in {room} is already taken. Choose a free bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="168"/>
        <source>Someone else slept in bed {bed} in {room} after {day}. Choose a bed that was free from that day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="224"/>
        <source>She is already staying here. Record that she left before starting a new stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="229"/>
        <location filename="../../shelter_desk/services/residents.py" line="453"/>
        <source>The intake date cannot be before she last left ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="396"/>
        <source>Only a house manager or director can change a legal name that is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="424"/>
        <source>The intake date cannot be after the day she left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="427"/>
        <source>She has already moved beds during this stay, so the intake date can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="503"/>
        <source>Choose where she went from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="509"/>
        <source>This stay has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="513"/>
        <source>The day she left cannot be before her intake date ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="517"/>
        <source>The day she left cannot be before her last bed move ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="567"/>
        <source>Choose two different records to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="569"/>
        <source>Both records have a stay going on now. Record that one of them left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="575"/>
        <source>The two records have stays at the same time (from {first} and from {second}). Correct the stay dates first, then merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_views.py" line="19"/>
        <source>Someone else changed this record after you opened it, so your changes were not saved. Close this window, open the record again to see what changed, and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="67"/>
        <source>Choose who it is for: type part of her name or room, then pick her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="115"/>
        <source>{name} at this address is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="122"/>
        <source>That place is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="133"/>
        <source>{label} is more than two years away. Please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="141"/>
        <source>It would end after midnight. Check the time and how long it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="144"/>
        <source>Choose what kind of appointment it is from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="153"/>
        <source>Choose the place from the list, or type where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="162"/>
        <source>That day is before {alias} came here (on {intake}). Check the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="168"/>
        <source>{alias} left on {left}, so no appointment can be booked for her after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="171"/>
        <source>{alias} was not staying here on that day. Check the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="229"/>
        <source>This appointment is already settled, so it cannot be changed. Book a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="233"/>
        <source>An appointment cannot be moved to another resident. Cancel it and book a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="256"/>
        <source>Choose how the appointment went from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="262"/>
        <location filename="../../shelter_desk/services/appointments.py" line="290"/>
        <source>This appointment is already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="266"/>
        <source>This appointment is on a day that has not come yet. It can only be cancelled or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="316"/>
        <source>That appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/meals.py" line="53"/>
        <location filename="../../shelter_desk/services/meals.py" line="114"/>
        <location filename="../../shelter_desk/services/meals.py" line="192"/>
        <location filename="../../shelter_desk/services/meals.py" line="217"/>
        <source>That meal is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/meals.py" line="59"/>
        <source>There is already a meal called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/meals.py" line="98"/>
        <source>The house needs at least one meal on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/meals.py" line="131"/>
        <source>Meals cannot be marked for a day that has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/meals.py" line="188"/>
        <source>{alias} was not staying here on {day}, so no meal can be marked for her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_common.py" line="116"/>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_common.py" line="119"/>
        <source>{label} must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_common.py" line="120"/>
        <source>{label} cannot be less than {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_common.py" line="123"/>
        <location filename="../../shelter_desk/services/supplies.py" line="327"/>
        <source>{label} cannot be more than {n}. Please check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="59"/>
        <source>The stock list shows only {count} of this, so handing out {quantity} would take it below zero. If the shelf really has more, say why (for example &quot;the count was wrong&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_views.py" line="67"/>
        <source>This appointment overlaps another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="82"/>
        <source>Choose what kind of item it is from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="93"/>
        <location filename="../../shelter_desk/services/supplies.py" line="112"/>
        <source>There is already a kind called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="137"/>
        <source>Choose how urgent it is from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="144"/>
        <source>{alias} is not staying here now, so a request cannot be recorded for her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="165"/>
        <location filename="../../shelter_desk/services/supplies.py" line="237"/>
        <source>That request is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="176"/>
        <source>That request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="230"/>
        <source>{alias} was not staying here on {day}. Check the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="239"/>
        <source>That request is for someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="387"/>
        <source>That item is no longer on the stock list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="531"/>
        <source>Type the time as hours and minutes, like 02:15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="98"/>
        <source>Choose the person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="117"/>
        <location filename="../../shelter_desk/services/incidents.py" line="279"/>
        <source>Describe each other person (for example: man in a grey jacket), without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="59"/>
        <source>the copy of the database did not pass its check (use Check the vault to look at the vault itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="62"/>
        <source>the computer&apos;s own disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="63"/>
        <source>the database could not be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/backups.py" line="64"/>
        <source>a file with that name is already there (a backup never replaces another file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/reports.py" line="131"/>
        <source>Choose a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/reports.py" line="153"/>
        <source>Choose how residents are named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/reports.py" line="157"/>
        <source>Choose a week between 1900 and 9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/reports.py" line="161"/>
        <source>That week has not begun yet. Choose this week or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/reports.py" line="342"/>
        <source>Choose CSV or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/reports.py" line="359"/>
        <source>Choose months between 1900 and 9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/reports.py" line="362"/>
        <source>The period ends before it begins. Choose a first month on or before the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/reports.py" line="367"/>
        <source>The period cannot end after this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/reports.py" line="376"/>
        <source>The smallest count shown must be between 5 and 20 (5 or 11 are usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="57"/>
        <source>This backup belongs to another shelter&apos;s vault, not to the one in {folder}. Nothing was changed. To restore it, choose an empty folder for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="65"/>
        <source>The director passwords in this backup only work on the computer where they were set. On this computer, use the recovery code from the Recovery Sheet instead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="73"/>
        <source>That username and password do not open this backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="79"/>
        <source>That recovery code does not open this backup. A backup made before the data key was changed needs the Recovery Sheet from that time. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="87"/>
        <source>Only a director&apos;s password can restore a backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="93"/>
        <source>Type a director&apos;s password or the recovery code to open the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="99"/>
        <source>The backup did not pass its check ({what}), so it was not restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="105"/>
        <source>encryption: damaged pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="106"/>
        <source>database structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="107"/>
        <source>the audit trail was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="108"/>
        <source>the key file was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/restore.py" line="138"/>
        <source>The backup file {name} is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/retention.py" line="100"/>
        <source>Choose between 1 and {high} years, or keep records with no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/retention.py" line="139"/>
        <location filename="../../shelter_desk/services/retention.py" line="200"/>
        <source>Records are kept with no time limit. Choose how many years to keep them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/retention.py" line="206"/>
        <source>The list of old records to delete is not valid. Nothing was deleted. Look at the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/retention.py" line="216"/>
        <source>The list of old records changed since the preview. Nothing was deleted. Look at the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/backup.py" line="56"/>
        <source>This backup file is damaged or incomplete, so it cannot be restored. Nothing was changed. Try another backup (the automatic ones are in the vault&apos;s backups folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/backup.py" line="64"/>
        <source>This file is not a Shelter Desk backup. Nothing was changed. Choose a file that ends in .sdbackup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/backup.py" line="70"/>
        <source>This backup was made by a newer version of Shelter Desk. Install that version to restore it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/backup.py" line="78"/>
        <source>The backup could not be written: {reason}. The vault itself is fine; nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/backup.py" line="84"/>
        <source>the disk or USB stick is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/backup.py" line="85"/>
        <source>the folder is not there any more (was the USB stick taken out?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/backup.py" line="86"/>
        <source>this computer does not allow writing to that folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/backup.py" line="87"/>
        <source>the disk or USB stick is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/backup.py" line="88"/>
        <source>the file did not read back correctly (the USB stick may be failing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="110"/>
        <location filename="../../shelter_desk/services/setup.py" line="62"/>
        <source>the shelter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="189"/>
        <location filename="../../shelter_desk/services/setup.py" line="64"/>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="109"/>
        <source>the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="103"/>
        <source>the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="80"/>
        <location filename="../../shelter_desk/services/residents.py" line="500"/>
        <source>the day she left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="41"/>
        <source>the intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="196"/>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="142"/>
        <source>the first night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="144"/>
        <source>the last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="145"/>
        <location filename="../../shelter_desk/services/beds.py" line="197"/>
        <source>the day of the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="232"/>
        <source>who the bed is held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="345"/>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="390"/>
        <location filename="../../shelter_desk/services/beds.py" line="236"/>
        <source>the last day of the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="260"/>
        <source>the room&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="264"/>
        <source>the bed&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="67"/>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="69"/>
        <source>the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="71"/>
        <location filename="../../shelter_desk/services/appointments.py" line="258"/>
        <location filename="../../shelter_desk/services/appointments.py" line="285"/>
        <location filename="../../shelter_desk/services/beds.py" line="278"/>
        <location filename="../../shelter_desk/services/beds.py" line="301"/>
        <location filename="../../shelter_desk/services/casework.py" line="20"/>
        <location filename="../../shelter_desk/services/incidents.py" line="599"/>
        <location filename="../../shelter_desk/services/plans.py" line="450"/>
        <location filename="../../shelter_desk/services/supplies.py" line="139"/>
        <location filename="../../shelter_desk/services/supplies.py" line="223"/>
        <location filename="../../shelter_desk/services/supplies.py" line="313"/>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="139"/>
        <source>how long it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="146"/>
        <source>the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="155"/>
        <source>the escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="178"/>
        <source>the ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="191"/>
        <location filename="../../shelter_desk/services/casework.py" line="46"/>
        <source>the note&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="84"/>
        <location filename="../../shelter_desk/services/incidents.py" line="514"/>
        <source>the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="272"/>
        <location filename="../../shelter_desk/services/casework.py" line="111"/>
        <source>the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="275"/>
        <location filename="../../shelter_desk/services/casework.py" line="113"/>
        <source>the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="121"/>
        <location filename="../../shelter_desk/services/incidents.py" line="274"/>
        <location filename="../../shelter_desk/services/plans.py" line="157"/>
        <location filename="../../shelter_desk/services/plans.py" line="188"/>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/appointments.py" line="181"/>
        <location filename="../../shelter_desk/services/casework.py" line="122"/>
        <location filename="../../shelter_desk/services/incidents.py" line="466"/>
        <source>the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="281"/>
        <source>the search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="85"/>
        <source>what happened before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="86"/>
        <source>what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="87"/>
        <source>what happened after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="88"/>
        <source>the injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="89"/>
        <source>the medical response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="90"/>
        <source>the property damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="91"/>
        <source>the actions taken at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="94"/>
        <source>where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="95"/>
        <source>the report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="96"/>
        <source>the report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="97"/>
        <source>who was told and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="222"/>
        <location filename="../../shelter_desk/services/incidents.py" line="226"/>
        <location filename="../../shelter_desk/services/incidents.py" line="234"/>
        <source>when it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="464"/>
        <source>the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="491"/>
        <location filename="../../shelter_desk/services/residents.py" line="505"/>
        <location filename="../../shelter_desk/services/supplies.py" line="161"/>
        <location filename="../../shelter_desk/services/supplies.py" line="224"/>
        <location filename="../../shelter_desk/services/supplies.py" line="344"/>
        <source>the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/incidents.py" line="533"/>
        <source>what needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="137"/>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="387"/>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="196"/>
        <location filename="../../shelter_desk/gui/incident_dialog.py" line="530"/>
        <location filename="../../shelter_desk/gui/pages/appointments.py" line="154"/>
        <location filename="../../shelter_desk/gui/pages/meals.py" line="82"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="398"/>
        <location filename="../../shelter_desk/gui/supply_dialogs.py" line="477"/>
        <location filename="../../shelter_desk/services/appointments.py" line="130"/>
        <location filename="../../shelter_desk/services/appointments.py" line="135"/>
        <location filename="../../shelter_desk/services/appointments.py" line="358"/>
        <location filename="../../shelter_desk/services/appointments.py" line="407"/>
        <location filename="../../shelter_desk/services/meals.py" line="33"/>
        <location filename="../../shelter_desk/services/supplies.py" line="222"/>
        <location filename="../../shelter_desk/services/supplies.py" line="276"/>
        <source>the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/appointment_dialogs.py" line="367"/>
        <location filename="../../shelter_desk/services/appointments.py" line="136"/>
        <source>the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="90"/>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="257"/>
        <location filename="../../shelter_desk/services/incidents.py" line="731"/>
        <source>the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/incidents.py" line="91"/>
        <location filename="../../shelter_desk/gui/pages/supplies.py" line="259"/>
        <location filename="../../shelter_desk/services/incidents.py" line="735"/>
        <source>the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/meals.py" line="172"/>
        <source>the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/meals.py" line="238"/>
        <source>the guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/meals.py" line="240"/>
        <source>the guests&apos; children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/needs_common.py" line="130"/>
        <location filename="../../shelter_desk/services/plans.py" line="238"/>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="50"/>
        <source>the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="258"/>
        <source>the section&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="263"/>
        <source>the sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="266"/>
        <location filename="../../shelter_desk/services/supplies.py" line="54"/>
        <source>the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="270"/>
        <source>the help for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="430"/>
        <source>the main concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="432"/>
        <source>the warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="437"/>
        <source>the days between reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/plans.py" line="500"/>
        <source>what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="58"/>
        <source>the size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="311"/>
        <location filename="../../shelter_desk/services/supplies.py" line="347"/>
        <location filename="../../shelter_desk/services/supplies.py" line="372"/>
        <source>the low-stock mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/supplies.py" line="343"/>
        <source>the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="199"/>
        <location filename="../../shelter_desk/services/plans.py" line="434"/>
        <source>the day it was completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plan_dialog.py" line="737"/>
        <location filename="../../shelter_desk/services/plans.py" line="503"/>
        <source>the next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/incident_dialogs.py" line="149"/>
        <location filename="../../shelter_desk/services/incidents.py" line="536"/>
        <source>the day it is due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hud</name>
    <message>
        <location filename="../../shelter_desk/hud.py" line="31"/>
        <source>Client doesn&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="32"/>
        <source>Client prefers not to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="33"/>
        <location filename="../../shelter_desk/hud.py" line="184"/>
        <source>Data not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="36"/>
        <source>Homeless situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="37"/>
        <source>Institutional situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="38"/>
        <source>Temporary housing situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="39"/>
        <source>Permanent housing situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="40"/>
        <location filename="../../shelter_desk/hud.py" line="100"/>
        <location filename="../../shelter_desk/hud.py" line="183"/>
        <location filename="../../shelter_desk/hud.py" line="199"/>
        <location filename="../../shelter_desk/hud.py" line="212"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="66"/>
        <source>Place not meant for people to live in (a car, an abandoned building, a station, outside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="67"/>
        <source>Emergency shelter, including a hotel or motel paid for with a shelter voucher, or a Host Home shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="68"/>
        <source>Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="69"/>
        <source>Foster care home or foster care group home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="70"/>
        <source>Hospital or other residential non-psychiatric medical facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="71"/>
        <source>Jail, prison or juvenile detention facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="72"/>
        <source>Long-term care facility or nursing home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="73"/>
        <source>Psychiatric hospital or other psychiatric facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="74"/>
        <source>Substance abuse treatment facility or detox center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="75"/>
        <source>Transitional housing for homeless persons (including homeless youth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="76"/>
        <source>Residential project or halfway house with no homeless criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="77"/>
        <source>Hotel or motel paid for without an emergency shelter voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="78"/>
        <source>Host Home (non-crisis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="79"/>
        <source>Staying or living in a family member&apos;s room, apartment or house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="80"/>
        <source>Staying or living in a friend&apos;s room, apartment or house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="81"/>
        <source>Rental by client, no ongoing housing subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="82"/>
        <source>Rental by client, with ongoing housing subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="83"/>
        <source>Owned by client, with ongoing housing subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="84"/>
        <source>Owned by client, no ongoing housing subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="92"/>
        <source>Staying or living with family, temporary tenure (a room, apartment or house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="93"/>
        <source>Staying or living with friends, temporary tenure (a room, apartment or house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="94"/>
        <source>Moved from one HOPWA funded project to HOPWA transitional housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="95"/>
        <source>Staying or living with family, permanent tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="96"/>
        <source>Staying or living with friends, permanent tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="97"/>
        <source>Moved from one HOPWA funded project to HOPWA permanent housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="99"/>
        <source>No exit interview completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="101"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="102"/>
        <source>Worker unable to determine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="108"/>
        <source>Woman (girl, if a child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="109"/>
        <source>Man (boy, if a child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="110"/>
        <source>Culturally specific identity (e.g. Two-Spirit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="111"/>
        <source>Transgender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="112"/>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="113"/>
        <source>Questioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="114"/>
        <source>Different identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="120"/>
        <source>American Indian, Alaska Native or Indigenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="121"/>
        <source>Asian or Asian American</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="122"/>
        <source>Black, African American or African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="123"/>
        <source>Hispanic, Latina, Latine or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="124"/>
        <source>Middle Eastern or North African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="125"/>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="126"/>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="134"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="135"/>
        <source>Approximate age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="168"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="169"/>
        <source>Transitional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="170"/>
        <source>Long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="174"/>
        <source>She came herself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="175"/>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="176"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="177"/>
        <source>Hospital or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="178"/>
        <source>Another shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="179"/>
        <source>Advocate or legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="180"/>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="181"/>
        <source>Faith or community group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="182"/>
        <source>Family or friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="188"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="189"/>
        <source>Other family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="193"/>
        <location filename="../../shelter_desk/hud.py" line="209"/>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="194"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="195"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="196"/>
        <source>Employment and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="197"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="198"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="204"/>
        <source>Education (e.g. GED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="205"/>
        <source>Job and vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="206"/>
        <source>Legal help: protection order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="207"/>
        <source>Legal help: immigration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="208"/>
        <source>Legal help: record expungement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="210"/>
        <source>Housing search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="211"/>
        <source>Financial literacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="216"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="217"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="218"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="219"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="23"/>
        <source>Very easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="24"/>
        <source>Easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="25"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="26"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="27"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="54"/>
        <source>Use at least 12 characters. A short sentence works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="56"/>
        <source>That password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="58"/>
        <source>That is one of the most common passwords. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="64"/>
        <source>Do not use your username or the shelter&apos;s name in the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="74"/>
        <source>That password is too easy to guess (repeats, sequences or a common word). Try a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="56"/>
        <source>change its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="57"/>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="58"/>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="59"/>
        <source>change security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="60"/>
        <source>change the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="61"/>
        <source>see the security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="62"/>
        <source>make or restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="63"/>
        <source>set how long records are kept or delete old records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="64"/>
        <source>see residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="65"/>
        <source>take in residents or change their stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="66"/>
        <source>write case notes and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="67"/>
        <source>see legal names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="68"/>
        <source>see the history of changes to a resident&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="69"/>
        <source>merge two resident records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="70"/>
        <source>change rooms and beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="71"/>
        <source>record meals, supplies and appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="72"/>
        <source>change the list of meals or of supply kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="73"/>
        <source>read and work on safety plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="74"/>
        <source>change the safety-plan templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="75"/>
        <source>record and read incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="76"/>
        <source>review and sign off incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="77"/>
        <source>re-open a signed-off incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="78"/>
        <source>make the weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="79"/>
        <source>export anonymized counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="45"/>
        <source>resident records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="46"/>
        <source>stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="47"/>
        <source>household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="48"/>
        <source>bed assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="49"/>
        <source>case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="50"/>
        <source>goals and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="51"/>
        <source>change history entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="52"/>
        <source>meals marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="53"/>
        <source>supply requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="54"/>
        <source>hand-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="55"/>
        <source>appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="56"/>
        <source>safety plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="57"/>
        <source>safety-plan sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="58"/>
        <source>safety-plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="59"/>
        <source>safety-plan reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="60"/>
        <source>earlier safety-plan versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/resident_data.py" line="63"/>
        <source>mentions in incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="21"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="22"/>
        <source>House manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="23"/>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../../shelter_desk/storage/location.py" line="30"/>
        <source>The vault is in a folder that a cloud service copies ({name}). Cloud copying can damage the database and sends the encrypted files off this computer. Move the vault to a folder on this computer and make backups to a USB stick instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/location.py" line="36"/>
        <source>The vault is on a network drive. Database files on network drives can be damaged. Move the vault to a folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
