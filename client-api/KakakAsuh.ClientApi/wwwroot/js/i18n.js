// Page texts: Indonesian first, English on the toggle. The API's own messages (reasons, refusals) are shown as it says them.
const texts = {
  id: {
    app: 'Kakak Asuh · Jakarta Barat', navDistrict: 'Dasbor wilayah', navWorklist: 'Daftar kerja', signOut: 'Keluar', language: 'English',
    signInTitle: 'Masuk', signInHelp: 'Masuk dengan akun Anda untuk membuka dasbor wilayah, daftar kerja staf, atau Adik Asuh Anda.',
    signInDemo: 'Dalam mode pengembangan, akun contoh dan kata sandinya dicetak oleh ./deploy/run-local.sh dan tercantum di README.',
    signIn: 'Masuk', signedInAs: 'Masuk sebagai', role: 'Peran', area: 'Wilayah', signInRefused: 'API menolak sesi Anda',
    open: 'Buka', 'role.staff': 'Staf Sudin PPKUKM', 'role.admin': 'Admin', 'role.district-head': 'Kepala wilayah', 'role.mentor': 'Kakak Asuh (mentor)', 'role.none': 'Tanpa peran',
    districtTitle: 'Dasbor wilayah', live: 'Diperbarui otomatis', updatedAt: 'Diperbarui', connectionLost: 'Gagal memuat, mencoba lagi…',
    umkmTotal: 'UMKM binaan', withNib: 'Punya NIB', withQris: 'Punya QRIS', withHalal: 'Bersertifikat halal', withTrademark: 'Merek terdaftar',
    mentorsActive: 'Kakak Asuh aktif', menteesInMentoring: 'Adik Asuh didampingi', graduations: 'Lulus', stepsDone: 'Langkah selesai', stepsOpen: 'Langkah berjalan', stepsOverdue: 'Langkah terlambat',
    chartHoldings: 'Pemegang NIB / QRIS / halal / merek', chartStatus: 'Status program', chartTracks: 'Langkah per jalur', chartOverdue: 'Langkah terlambat dari hari ke hari',
    done: 'Selesai', openSteps: 'Berjalan', overdue: 'Terlambat', subAreas: 'Rincian per wilayah', name: 'Nama', code: 'Kode',
    overdueList: 'Daftar langkah terlambat', umkm: 'UMKM', kelurahan: 'Kelurahan', track: 'Jalur', step: 'Langkah', dueOn: 'Jatuh tempo', daysLate: 'Hari kerja terlambat', reason: 'Alasan',
    noOverdue: 'Tidak ada langkah terlambat.', csvSummary: 'Unduh CSV ringkasan', csvOverdue: 'Unduh CSV langkah terlambat', up: 'Naik satu tingkat', refused: 'Ditolak',
    'status.registered': 'Terdaftar', 'status.mapped': 'Dipetakan', 'status.nominated': 'Dinominasikan', 'status.matched': 'Dipasangkan', 'status.mentoring': 'Pendampingan', 'status.graduated': 'Lulus', 'status.withdrawn': 'Mundur',
    'track.nib': 'NIB', 'track.halal': 'Halal', 'track.trademark': 'Merek', 'track.qris': 'QRIS', 'track.packaging': 'Kemasan', 'track.bazaar': 'Bazar',
    'step.Pending': 'Menunggu', 'step.InProgress': 'Sedang berjalan', 'step.Returned': 'Dikembalikan', 'step.Done': 'Selesai', 'step.Skipped': 'Dilewati',
    worklistTitle: 'Daftar kerja staf', dueWithin: 'Jatuh tempo dalam (hari kerja)', dueSoon: 'Segera jatuh tempo', daysLeft: 'Sisa hari kerja', mentor: 'Kakak Asuh', actions: 'Tindakan', status: 'Status',
    start: 'Mulai', complete: 'Selesaikan', value: 'Nilai (NIB, nomor SH, nomor merek)', returnStep: 'Kembalikan berkas', reassign: 'Alihkan ke Kakak Asuh lain',
    newMentor: 'Kakak Asuh baru', send: 'Kirim', accepted: 'Diterima', noWork: 'Tidak ada langkah yang terlambat atau segera jatuh tempo.', readOnly: 'Akun Anda hanya boleh membaca; tindakan hanya untuk staf.',
  },
  en: {
    app: 'Kakak Asuh · West Jakarta', navDistrict: 'District view', navWorklist: 'Worklist', signOut: 'Sign out', language: 'Bahasa Indonesia',
    signInTitle: 'Sign in', signInHelp: 'Sign in with your account to open the district view, the staff worklist or your mentees.',
    signInDemo: 'In development, the demo accounts and their passwords are printed by ./deploy/run-local.sh and listed in the README.',
    signIn: 'Sign in', signedInAs: 'Signed in as', role: 'Role', area: 'Area', signInRefused: 'The API refused your session',
    open: 'Open', 'role.staff': 'Sudin PPKUKM staff', 'role.admin': 'Admin', 'role.district-head': 'District head', 'role.mentor': 'Kakak Asuh (mentor)', 'role.none': 'No role',
    districtTitle: 'District view', live: 'Updates by itself', updatedAt: 'Updated', connectionLost: 'Could not load, retrying…',
    umkmTotal: 'UMKM', withNib: 'With NIB', withQris: 'With QRIS', withHalal: 'Halal certified', withTrademark: 'Registered trademark',
    mentorsActive: 'Active mentors', menteesInMentoring: 'Mentees in mentoring', graduations: 'Graduated', stepsDone: 'Steps done', stepsOpen: 'Steps open', stepsOverdue: 'Steps overdue',
    chartHoldings: 'Holders of NIB / QRIS / halal / trademark', chartStatus: 'Programme status', chartTracks: 'Steps per track', chartOverdue: 'Overdue steps over time',
    done: 'Done', openSteps: 'Open', overdue: 'Overdue', subAreas: 'Breakdown by area', name: 'Name', code: 'Code',
    overdueList: 'Overdue steps', umkm: 'UMKM', kelurahan: 'Kelurahan', track: 'Track', step: 'Step', dueOn: 'Due on', daysLate: 'Working days late', reason: 'Reason',
    noOverdue: 'No step is overdue.', csvSummary: 'Download summary CSV', csvOverdue: 'Download overdue CSV', up: 'Up one level', refused: 'Refused',
    'status.registered': 'Registered', 'status.mapped': 'Mapped', 'status.nominated': 'Nominated', 'status.matched': 'Matched', 'status.mentoring': 'Mentoring', 'status.graduated': 'Graduated', 'status.withdrawn': 'Withdrawn',
    'track.nib': 'NIB', 'track.halal': 'Halal', 'track.trademark': 'Trademark', 'track.qris': 'QRIS', 'track.packaging': 'Packaging', 'track.bazaar': 'Bazaar',
    'step.Pending': 'Pending', 'step.InProgress': 'In progress', 'step.Returned': 'Returned', 'step.Done': 'Done', 'step.Skipped': 'Skipped',
    worklistTitle: 'Staff worklist', dueWithin: 'Due within (working days)', dueSoon: 'Due soon', daysLeft: 'Working days left', mentor: 'Mentor', actions: 'Actions', status: 'Status',
    start: 'Start', complete: 'Complete', value: 'Value (NIB, SH number, trademark number)', returnStep: 'Return the file', reassign: 'Reassign to another mentor',
    newMentor: 'New mentor', send: 'Send', accepted: 'Accepted', noWork: 'No step is overdue or due soon.', readOnly: 'Your account may only read; actions are for staff.',
  },
};

export function lang() {
  return localStorage.getItem('kakakasuh.lang') === 'en' ? 'en' : 'id';
}

export function t(key) {
  return texts[lang()][key] ?? texts.id[key] ?? key;
}

/** Fills every element with data-i18n with its text in the chosen language. */
export function translate(root = document) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
}

export function toggleLanguage() {
  localStorage.setItem('kakakasuh.lang', lang() === 'id' ? 'en' : 'id');
}
